-- The totals model answers the scorecard queries (FindScorecard, FindScorecardsOfScheme) and the office's
-- set-up lists; the legacy "scorecard" read model and its tables go. The totals keep what only the
-- scorecard kept: a scheme's publication, a unit's kind, an indicator's scoring mode, an assessment's
-- year, each claim's revision, and evidence counts per indicator code with their times.

alter table totals_scheme add column published boolean not null default false;
alter table totals_unit add column kind varchar;
alter table totals_indicator add column scoring_mode varchar;
alter table totals_assessment add column scheme_year integer not null default 0;
-- evidence moves no score, so no item holds it: the latest evidence event of the assessment
alter table totals_assessment add column last_evidence_at timestamp with time zone;
alter table totals_item add column claim_revision integer not null default 0;
alter table totals_score_change add column claim_revision integer not null default 0;

-- Evidence active per indicator code of an assessment (attached less withdrawn or rejected).
create table totals_evidence (
    assessment_id    varchar        not null,
    indicator_code   varchar        not null,
    evidence_count   integer        not null,
    last_changed_at  timestamp with time zone,
    last_event_id    varchar,
    constraint pk_totals_evidence primary key (assessment_id, indicator_code)
);

-- A database projected before this version: carry the scorecard's values over, so its answers stay
-- the same without a rebuild. (Times are the scorecard's latest per row; a rebuild gives evidence times.)
update totals_scheme set published = coalesce(
    (select c.published from scorecard_scheme c where c.scheme_id = totals_scheme.scheme_id), false);
update totals_unit set kind = (select c.kind from scorecard_unit c where c.unit_id = totals_unit.unit_id);
update totals_indicator set scoring_mode = (select c.scoring_mode from scorecard_scheme_indicator c
    where c.scheme_id = totals_indicator.scheme_id and c.indicator_code = totals_indicator.indicator_code);
update totals_assessment set
    scheme_year = coalesce((select c.scheme_year from scorecard c where c.assessment_id = totals_assessment.assessment_id), 0),
    last_evidence_at = (select c.last_event_at from scorecard c where c.assessment_id = totals_assessment.assessment_id);
update totals_item set claim_revision = coalesce((select c.claim_revision from scorecard_indicator c
    where c.assessment_id = totals_item.assessment_id and c.indicator_code = totals_item.item_code), 0)
    where part = 'INDICATOR';
insert into totals_evidence (assessment_id, indicator_code, evidence_count, last_changed_at)
    select assessment_id, indicator_code, evidence_count, last_changed_at from scorecard_indicator where last_changed_at is not null;

-- The scorecard's own tables, and its processing group's tokens and dead letters: the group is gone.
drop table scorecard_indicator;
drop table scorecard;
drop table scorecard_scheme_indicator;
drop table scorecard_scheme_category;
drop table scorecard_scheme;
drop table scorecard_unit;
delete from token_entry where processor_name = 'scorecard';
delete from dead_letter_entry where processing_group = 'scorecard';
