-- Read model "trail" (processing group "trail"): the audit trail (审计轨迹). Everything here is derived
-- from events and is deleted by the projection's reset handler before a replay.

-- One row per change, append-only: written with plain inserts, never updated. An event about several
-- indicators (evidence serving three of them) gives one row per indicator, numbered by line_no.
create table trail_entry (
    event_id          varchar(64)    not null,
    line_no           integer        not null,
    assessment_id     varchar(64)    not null,
    scheme_id         varchar(64)    not null,
    unit_id           varchar(64)    not null,
    occurred_at       timestamp with time zone not null,
    -- the event's place in its assessment's stream: orders rows of the same instant
    sequence_no       bigint         not null,
    kind              varchar(32)    not null,
    actor_user_id     varchar(64),
    actor_role        varchar(16),
    correlation_id    varchar(64),
    indicator_code    varchar(32),
    score_before      numeric(12,2),
    score_after       numeric(12,2),
    state_before      varchar(32),
    state_after       varchar(32),
    subject_id        varchar(64),
    subject_name      varchar(500),
    duplicate_of      varchar(64),
    late              boolean,
    reason            varchar(4000),
    after_submission  boolean        not null,
    constraint pk_trail_entry primary key (event_id, line_no)
);

-- One index per filter, each ending in the time so that order, from/to and asOf stay in the index.
create index ix_trail_entry_assessment_time      on trail_entry (assessment_id, occurred_at);
create index ix_trail_entry_assessment_indicator on trail_entry (assessment_id, indicator_code, occurred_at);
create index ix_trail_entry_assessment_actor     on trail_entry (assessment_id, actor_user_id, occurred_at);
create index ix_trail_entry_assessment_kind      on trail_entry (assessment_id, kind, occurred_at);
create index ix_trail_entry_assessment_after_sub on trail_entry (assessment_id, after_submission, occurred_at);
create index ix_trail_entry_scheme_time          on trail_entry (scheme_id, occurred_at);
create index ix_trail_entry_scheme_unit          on trail_entry (scheme_id, unit_id, occurred_at);
create index ix_trail_entry_scheme_indicator     on trail_entry (scheme_id, indicator_code, occurred_at);
create index ix_trail_entry_scheme_actor         on trail_entry (scheme_id, actor_user_id, occurred_at);
create index ix_trail_entry_scheme_kind          on trail_entry (scheme_id, kind, occurred_at);
create index ix_trail_entry_scheme_after_sub     on trail_entry (scheme_id, after_submission, occurred_at);

-- Evidence a trail row names beside its subject (a bonus claim's supporting evidence). Append-only.
create table trail_entry_evidence (
    event_id     varchar(64)  not null,
    line_no      integer      not null,
    evidence_id  varchar(64)  not null,
    constraint pk_trail_entry_evidence primary key (event_id, line_no, evidence_id)
);

-- Current state the projection needs to write a row, read and updated by primary key only.
create table trail_assessment (
    assessment_id     varchar(64)  not null,
    scheme_id         varchar(64)  not null,
    unit_id           varchar(64)  not null,
    status            varchar(16)  not null,
    veto_count        integer      not null,
    constraint pk_trail_assessment primary key (assessment_id)
);

create table trail_evidence (
    assessment_id    varchar(64)    not null,
    evidence_id      varchar(64)    not null,
    file_name        varchar(500)   not null,
    indicator_codes  varchar(2000)  not null,
    late             boolean        not null,
    constraint pk_trail_evidence primary key (assessment_id, evidence_id)
);

create table trail_bonus (
    assessment_id    varchar(64)    not null,
    bonus_claim_id   varchar(64)    not null,
    title            varchar(500)   not null,
    points           numeric(12,2)  not null,
    status           varchar(16)    not null,
    constraint pk_trail_bonus primary key (assessment_id, bonus_claim_id)
);

-- Indicator names, joined at query time only; kept here so this group depends on no other read model.
create table trail_indicator (
    scheme_id       varchar(64)   not null,
    indicator_code  varchar(32)   not null,
    name            varchar(200)  not null,
    constraint pk_trail_indicator primary key (scheme_id, indicator_code)
);
