-- Read model "report" (processing group "report"): the words of a unit's self-assessment report.
-- Numbers are never kept here; documents take them from the totals read model. Deleted by the
-- reset handler before a replay. Text columns are varchar because H2 would turn text into a CLOB.

create table report_assessment (
    assessment_id    varchar(64)    not null,
    unit_id          varchar(64)    not null,
    constraint pk_report_assessment primary key (assessment_id)
);

create table report_section (
    assessment_id    varchar(64)    not null,
    kind             varchar(20)    not null,
    body             varchar(20000) not null,
    revision         integer        not null,
    written_at       timestamp with time zone not null,
    event_id         varchar(64)    not null,
    constraint pk_report_section primary key (assessment_id, kind)
);

create table report_narrative (
    assessment_id    varchar(64)    not null,
    indicator_code   varchar(32)    not null,
    narrative        varchar(20000) not null,
    event_id         varchar(64)    not null,
    constraint pk_report_narrative primary key (assessment_id, indicator_code)
);
