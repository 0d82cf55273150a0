-- Read model "scorecard" (processing group "scorecard"). Everything here is derived from events
-- and is deleted by the projection's reset handler before a replay.

-- Scheme data the scorecard needs, kept per scheme so an assessment can lay out its rows on opening.
create table scorecard_scheme (
    scheme_id        varchar(64)    not null,
    scheme_year      integer        not null,
    title            varchar(500)   not null,
    bonus_cap        numeric(12,2)  not null,
    published        boolean        not null,
    indicator_count  integer        not null,
    constraint pk_scorecard_scheme primary key (scheme_id)
);

create table scorecard_scheme_category (
    scheme_id      varchar(64)    not null,
    category_code  varchar(32)    not null,
    section        varchar(16)    not null,
    name           varchar(200)   not null,
    budget         numeric(12,2)  not null,
    constraint pk_scorecard_scheme_category primary key (scheme_id, category_code)
);

create table scorecard_scheme_indicator (
    scheme_id       varchar(64)    not null,
    indicator_code  varchar(32)    not null,
    category_code   varchar(32)    not null,
    category_name   varchar(200)   not null,
    name            varchar(200)   not null,
    scoring_mode    varchar(20)    not null,
    max_points      numeric(12,2)  not null,
    floor_points    numeric(12,2),
    sort_order      integer        not null,
    constraint pk_scorecard_scheme_indicator primary key (scheme_id, indicator_code)
);

create table scorecard_unit (
    unit_id  varchar(64)   not null,
    name     varchar(200)  not null,
    kind     varchar(16)   not null,
    constraint pk_scorecard_unit primary key (unit_id)
);

create table scorecard (
    assessment_id       varchar(64)    not null,
    scheme_id           varchar(64)    not null,
    unit_id             varchar(64)    not null,
    unit_name           varchar(200)   not null,
    scheme_year         integer        not null,
    status              varchar(16)    not null,
    declared_base       numeric(12,2),
    declared_bonus      numeric(12,2),
    declared_total      numeric(12,2),
    claimed_base        numeric(12,2)  not null,
    computed_base       numeric(12,2)  not null,
    claimed_bonus       numeric(12,2)  not null,
    verified_bonus_sum  numeric(12,2)  not null,
    verified_bonus      numeric(12,2)  not null,
    bonus_cap           numeric(12,2)  not null,
    total               numeric(12,2)  not null,
    veto_count          integer        not null,
    last_event_at       timestamp with time zone not null,
    constraint pk_scorecard primary key (assessment_id)
);

create index ix_scorecard_scheme_total on scorecard (scheme_id, total);

create table scorecard_indicator (
    assessment_id    varchar(64)    not null,
    indicator_code   varchar(32)    not null,
    scheme_id        varchar(64)    not null,
    category_code    varchar(32)    not null,
    category_name    varchar(200)   not null,
    name             varchar(200)   not null,
    scoring_mode     varchar(20)    not null,
    max_points       numeric(12,2)  not null,
    floor_points     numeric(12,2),
    sort_order       integer        not null,
    claimed_score    numeric(12,2),
    effective_score  numeric(12,2),
    adjusted         boolean        not null,
    claim_revision   integer        not null,
    evidence_count   integer        not null,
    last_changed_at  timestamp with time zone,
    constraint pk_scorecard_indicator primary key (assessment_id, indicator_code)
);

create index ix_scorecard_indicator_scheme on scorecard_indicator (scheme_id, indicator_code);
