-- Read model "discrepancies" (processing group "discrepancies"). The projection keeps only the facts;
-- what does not add up is computed from them at query time. Deleted by the reset handler before a replay.
-- *_event_id columns hold the identifiers of the events that established a fact, so each finding can
-- name its evidence in the event store.

create table discrepancy_scheme (
    scheme_id        varchar(64)    not null,
    title            varchar(500)   not null,
    bonus_cap        numeric(12,2)  not null,
    next_position    integer        not null,
    drafted_event_id varchar(64)    not null,
    constraint pk_discrepancy_scheme primary key (scheme_id)
);

create table discrepancy_category (
    scheme_id        varchar(64)    not null,
    category_code    varchar(32)    not null,
    name             varchar(200)   not null,
    budget           numeric(12,2)  not null,
    sort_order         integer        not null,
    budget_event_id  varchar(64)    not null,
    constraint pk_discrepancy_category primary key (scheme_id, category_code)
);

create table discrepancy_indicator (
    scheme_id        varchar(64)    not null,
    indicator_code   varchar(32)    not null,
    category_code    varchar(32)    not null,
    name             varchar(200)   not null,
    scoring_mode     varchar(20)    not null,
    max_points       numeric(12,2)  not null,
    floor_points     numeric(12,2),
    assumption       varchar(2000),
    sort_order         integer        not null,
    added_event_id   varchar(64)    not null,
    -- IndicatorAdded, or the latest IndicatorRevised
    max_event_id     varchar(64)    not null,
    constraint pk_discrepancy_indicator primary key (scheme_id, indicator_code)
);

create table discrepancy_unit (
    unit_id  varchar(64)   not null,
    name     varchar(200)  not null,
    constraint pk_discrepancy_unit primary key (unit_id)
);

create table discrepancy_assessment (
    assessment_id        varchar(64)    not null,
    scheme_id            varchar(64)    not null,
    unit_id              varchar(64)    not null,
    status               varchar(16)    not null,
    opened_event_id      varchar(64)    not null,
    declared_base        numeric(12,2),
    declared_bonus       numeric(12,2),
    declared_total       numeric(12,2),
    submitted_at         timestamp with time zone,
    submitted_event_id   varchar(64),
    finalized_event_id   varchar(64),
    constraint pk_discrepancy_assessment primary key (assessment_id)
);

create index ix_discrepancy_assessment_scheme on discrepancy_assessment (scheme_id, unit_id);

-- One row per indicator that was ever claimed or adjusted; the claim columns are null when only a reviewer set a score.
create table discrepancy_claim (
    assessment_id     varchar(64)    not null,
    indicator_code    varchar(32)    not null,
    claimed_score     numeric(12,2),
    claim_revision    integer        not null,
    first_claimed_at  timestamp with time zone,
    claim_event_id    varchar(64),
    effective_score   numeric(12,2)  not null,
    adjusted          boolean        not null,
    adjust_event_id   varchar(64),
    constraint pk_discrepancy_claim primary key (assessment_id, indicator_code)
);

-- Append-only: the figures of each claim revision. Only those of an indicator's current revision count.
-- The value is kept as reported text so that its precision (1.79 vs 1.790) survives for the rounding rule.
create table discrepancy_figure (
    assessment_id    varchar(64)    not null,
    indicator_code   varchar(32)    not null,
    claim_revision   integer        not null,
    sort_order         integer        not null,
    name             varchar(200)   not null,
    value_text       varchar(64)    not null,
    unit_text        varchar(32),
    event_id         varchar(64)    not null,
    constraint pk_discrepancy_figure primary key (assessment_id, indicator_code, claim_revision, sort_order)
);

create table discrepancy_evidence (
    assessment_id      varchar(64)    not null,
    evidence_id        varchar(64)    not null,
    file_name          varchar(500)   not null,
    received_at        timestamp with time zone not null,
    captured_at        timestamp with time zone,
    evidence_due       timestamp with time zone,
    late               boolean        not null,
    active             boolean        not null,
    attached_event_id  varchar(64)    not null,
    -- EvidenceAttached, or the latest EvidenceCaptureTimeAccepted
    late_event_id      varchar(64)    not null,
    constraint pk_discrepancy_evidence primary key (assessment_id, evidence_id)
);

create table discrepancy_evidence_link (
    assessment_id   varchar(64)   not null,
    evidence_id     varchar(64)   not null,
    indicator_code  varchar(32)   not null,
    constraint pk_discrepancy_evidence_link primary key (assessment_id, evidence_id, indicator_code)
);

create table discrepancy_bonus_claim (
    assessment_id      varchar(64)    not null,
    bonus_claim_id     varchar(64)    not null,
    bonus_level            varchar(32)    not null,
    title              varchar(500)   not null,
    points             numeric(12,2)  not null,
    awarded_points     numeric(12,2),
    duplicate_of       varchar(64),
    status             varchar(16)    not null,
    claimed_at         timestamp with time zone not null,
    claim_event_id     varchar(64)    not null,
    decision_event_id  varchar(64),
    constraint pk_discrepancy_bonus_claim primary key (assessment_id, bonus_claim_id)
);
