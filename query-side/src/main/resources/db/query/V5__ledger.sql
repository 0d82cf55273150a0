-- Read model "ledger" (processing group "ledger"): the task ledgers (工作任务分解台账).
-- Everything here is derived from events and is deleted by the projection's reset handler before a replay.
-- Unit, assessment and evidence rows are joined at query time, never copied onto tasks: they come from
-- other aggregates, whose events may be handled before or after the ledger's own.

create table ledger_unit (
    unit_id  varchar(64)   not null,
    name     varchar(200)  not null,
    constraint pk_ledger_unit primary key (unit_id)
);

create table ledger_assessment (
    assessment_id  varchar(64)  not null,
    unit_id        varchar(64)  not null,
    constraint pk_ledger_assessment primary key (assessment_id)
);

create index ix_ledger_assessment_unit on ledger_assessment (unit_id);

-- Only evidence linked to tasks: that is the evidence which can close one out.
create table ledger_evidence (
    assessment_id  varchar(64)   not null,
    evidence_id    varchar(64)   not null,
    file_name      varchar(255)  not null,
    received_at    timestamp with time zone not null,
    constraint pk_ledger_evidence primary key (assessment_id, evidence_id)
);

-- Current state of each task; revision counts its changes, last_sequence is the ledger aggregate's
-- sequence number of the last event applied (a redelivered event is recognised and skipped).
create table ledger_task (
    assessment_id          varchar(64)   not null,
    task_id                varchar(64)   not null,
    indicator_code         varchar(32),
    title                  varchar(500)  not null,
    required_item          varchar(500)  not null,
    leader_id              varchar(64)   not null,
    department             varchar(200)  not null,
    due_date               date          not null,
    assigned_at            timestamp with time zone not null,
    closed                 boolean       not null,
    closed_at              timestamp with time zone,
    closed_late            boolean,
    closed_by_evidence_id  varchar(64),
    changed_at             timestamp with time zone not null,
    revision               integer       not null,
    last_sequence          bigint        not null,
    constraint pk_ledger_task primary key (assessment_id, task_id)
);

create index ix_ledger_task_leader on ledger_task (leader_id);
create index ix_ledger_task_department on ledger_task (department);

-- Every state a task has been in, valid from valid_from (inclusive) to valid_to (exclusive; null: still
-- current). "As of T" is one indexed range query: valid_from <= T and (valid_to is null or valid_to > T).
create table ledger_task_history (
    assessment_id          varchar(64)   not null,
    task_id                varchar(64)   not null,
    revision               integer       not null,
    valid_from             timestamp with time zone not null,
    valid_to               timestamp with time zone,
    change_kind            varchar(16)   not null,
    changed_by             varchar(64),
    reason                 varchar(1000),
    indicator_code         varchar(32),
    title                  varchar(500)  not null,
    required_item          varchar(500)  not null,
    leader_id              varchar(64)   not null,
    department             varchar(200)  not null,
    due_date               date          not null,
    assigned_at            timestamp with time zone not null,
    closed                 boolean       not null,
    closed_at              timestamp with time zone,
    closed_late            boolean,
    closed_by_evidence_id  varchar(64),
    constraint pk_ledger_task_history primary key (assessment_id, task_id, revision)
);

create index ix_ledger_task_history_leader on ledger_task_history (leader_id, valid_from);
create index ix_ledger_task_history_department on ledger_task_history (department, valid_from);
create index ix_ledger_task_history_assessment on ledger_task_history (assessment_id, valid_from);
