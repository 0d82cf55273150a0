-- Lookup tables the command side consults while deciding commands. They are maintained by a
-- subscribing event handler inside the transaction that appends the events, so they are never
-- behind the event store. Prefixed lookup_ so they cannot collide with query-side read models
-- when both sides share one database.

create table lookup_scheme (
    scheme_id    varchar(64)              not null primary key,
    scheme_year  integer                  not null,
    status       varchar(16)              not null,
    claims_due   timestamp with time zone,
    evidence_due timestamp with time zone,
    review_due   timestamp with time zone,
    bonus_cap    numeric(12,2)
);

create table lookup_scheme_category (
    scheme_id     varchar(64)   not null,
    category_code varchar(64)   not null,
    budget        numeric(12,2),
    primary key (scheme_id, category_code)
);

create table lookup_scheme_indicator (
    scheme_id      varchar(64)   not null,
    indicator_code varchar(64)   not null,
    category_code  varchar(64)   not null,
    scoring_mode   varchar(16)   not null,
    max_points     numeric(12,2),
    floor_points   numeric(12,2),
    primary key (scheme_id, indicator_code)
);

create table lookup_scheme_bonus_rule (
    scheme_id       varchar(64)   not null,
    bonus_level     varchar(32)   not null,
    points_per_item numeric(12,2) not null,
    primary key (scheme_id, bonus_level)
);

create table lookup_scheme_veto (
    scheme_id      varchar(64)  not null,
    condition_code varchar(64)  not null,
    name           varchar(500) not null,
    primary key (scheme_id, condition_code)
);

create table lookup_unit (
    unit_id varchar(64)  not null primary key,
    name    varchar(200) not null,
    kind    varchar(16)  not null
);

-- The unique pair is what stops two assessments of one unit under one scheme, even when
-- two requests race past the aggregate-level check.
create table lookup_assessment (
    assessment_id varchar(64) not null primary key,
    scheme_id     varchar(64) not null,
    unit_id       varchar(64) not null,
    constraint uq_lookup_assessment_scheme_unit unique (scheme_id, unit_id)
);

create table lookup_task (
    task_id       varchar(64) not null primary key,
    ledger_id     varchar(80) not null,
    assessment_id varchar(64) not null,
    leader_id     varchar(64) not null,
    closed        boolean     not null
);
