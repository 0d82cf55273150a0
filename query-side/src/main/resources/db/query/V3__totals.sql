-- Read model "totals" (processing group "totals"): per-assessment totals, rankings, score
-- provenance, all answerable as of a past instant. Everything here is derived from events and
-- deleted by the projection's reset handler before a replay.
--
-- Two kinds of tables:
--   current state  (totals_scheme, totals_category, totals_indicator, totals_unit, totals_assessment,
--                   totals_item): read and updated by primary key;
--   history        (totals_score_change, totals_scheme_change): append-only, one row per change,
--                   carrying the complete state of its item after the event, so the state "as of"
--                   an instant is the latest row per item at or before it (one indexed query).

create table totals_scheme (
    scheme_id        varchar(64)    not null,
    scheme_year      integer        not null,
    title            varchar(500)   not null,
    bonus_cap        numeric(12,2)  not null,
    category_count   integer        not null,
    indicator_count  integer        not null,
    constraint pk_totals_scheme primary key (scheme_id)
);

create table totals_category (
    scheme_id      varchar(64)    not null,
    category_code  varchar(32)    not null,
    section        varchar(16)    not null,
    name           varchar(200)   not null,
    budget         numeric(12,2)  not null,
    sort_order     integer        not null,
    constraint pk_totals_category primary key (scheme_id, category_code)
);

create table totals_indicator (
    scheme_id       varchar(64)    not null,
    indicator_code  varchar(32)    not null,
    category_code   varchar(32)    not null,
    name            varchar(200)   not null,
    max_points      numeric(12,2)  not null,
    floor_points    numeric(12,2),
    sort_order      integer        not null,
    constraint pk_totals_indicator primary key (scheme_id, indicator_code)
);

-- Budgets and maxima as they were added and revised, for as-of answers and provenance.
create table totals_scheme_change (
    change_id       varchar(240)   not null,
    scheme_id       varchar(64)    not null,
    item_kind       varchar(16)    not null,
    item_code       varchar(32)    not null,
    kind            varchar(40)    not null,
    value_before    numeric(12,2),
    value_after     numeric(12,2)  not null,
    occurred_at     timestamp with time zone not null,
    event_seq       bigint         not null,
    event_id        varchar(100)   not null,
    actor_id        varchar(64),
    actor_role      varchar(16),
    correlation_id  varchar(100),
    reason          varchar(2000),
    constraint pk_totals_scheme_change primary key (change_id)
);

create index ix_totals_scheme_change_item on totals_scheme_change (scheme_id, item_kind, item_code, occurred_at);

create table totals_unit (
    unit_id  varchar(64)   not null,
    name     varchar(200)  not null,
    constraint pk_totals_unit primary key (unit_id)
);

create table totals_assessment (
    assessment_id  varchar(64)  not null,
    scheme_id      varchar(64)  not null,
    unit_id        varchar(64)  not null,
    opened_at      timestamp with time zone not null,
    constraint pk_totals_assessment primary key (assessment_id)
);

create index ix_totals_assessment_scheme on totals_assessment (scheme_id, opened_at);

-- One row per item of an assessment: an indicator (INDICATOR:<code>), a bonus claim (BONUS:<id>),
-- a veto condition (VETO:<code>), a declared total (DECLARED:base|bonus|total) or the status (STATUS:status).
create table totals_item (
    assessment_id       varchar(64)    not null,
    item_key            varchar(128)   not null,
    part                varchar(16)    not null,
    item_code           varchar(64)    not null,
    kind                varchar(40)    not null,
    claimed_value       numeric(12,2),
    effective_value     numeric(12,2),
    value_before        numeric(12,2),
    adjusted            boolean        not null,
    state               varchar(32),
    label               varchar(500),
    detail              varchar(64),
    claim_event_id      varchar(100),
    effective_event_id  varchar(100),
    occurred_at         timestamp with time zone not null,
    event_seq           bigint         not null,
    event_id            varchar(100)   not null,
    actor_id            varchar(64),
    actor_role          varchar(16),
    correlation_id      varchar(100),
    reason              varchar(2000),
    constraint pk_totals_item primary key (assessment_id, item_key)
);

create table totals_score_change (
    change_id           varchar(240)   not null,
    assessment_id       varchar(64)    not null,
    item_key            varchar(128)   not null,
    part                varchar(16)    not null,
    item_code           varchar(64)    not null,
    kind                varchar(40)    not null,
    claimed_value       numeric(12,2),
    effective_value     numeric(12,2),
    value_before        numeric(12,2),
    adjusted            boolean        not null,
    state               varchar(32),
    label               varchar(500),
    detail              varchar(64),
    claim_event_id      varchar(100),
    effective_event_id  varchar(100),
    occurred_at         timestamp with time zone not null,
    event_seq           bigint         not null,
    event_id            varchar(100)   not null,
    actor_id            varchar(64),
    actor_role          varchar(16),
    correlation_id      varchar(100),
    reason              varchar(2000),
    constraint pk_totals_score_change primary key (change_id)
);

-- As-of: latest row per (assessment, item) at or before an instant; provenance: an assessment's rows in time order.
create index ix_totals_score_change_item on totals_score_change (assessment_id, item_key, occurred_at, event_seq);
create index ix_totals_score_change_time on totals_score_change (assessment_id, occurred_at, event_seq);
