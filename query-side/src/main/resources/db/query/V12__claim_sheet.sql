-- Read model "claim-sheet" (processing group "claim-sheet"): the words and files behind the scores,
-- for the unit scorecard and review pages: each indicator's current narrative and reported figures,
-- the evidence with its state, the scheme's deadlines and veto conditions. Scores stay in totals_*.
-- Deleted by the reset handler before a replay.

create table claim_sheet_scheme (
    scheme_id      varchar(64)  not null,
    claims_due     timestamp with time zone not null,
    evidence_due   timestamp with time zone not null,
    review_due     timestamp with time zone not null,
    constraint pk_claim_sheet_scheme primary key (scheme_id)
);

create table claim_sheet_veto_condition (
    scheme_id      varchar(64)  not null,
    condition_code varchar(64)  not null,
    name           varchar(500) not null,
    sort_order     integer      not null,
    constraint pk_claim_sheet_veto_condition primary key (scheme_id, condition_code)
);

create table claim_sheet_assessment (
    assessment_id  varchar(64)  not null,
    scheme_id      varchar(64)  not null,
    unit_id        varchar(64)  not null,
    constraint pk_claim_sheet_assessment primary key (assessment_id)
);

-- the current claim of each indicator; a new claim replaces it
create table claim_sheet_claim (
    assessment_id  varchar(64)    not null,
    indicator_code varchar(64)    not null,
    narrative      varchar(20000),
    revision       integer        not null,
    claimed_at     timestamp with time zone not null,
    constraint pk_claim_sheet_claim primary key (assessment_id, indicator_code)
);

-- the figures of the current claim only, in the order written
create table claim_sheet_figure (
    assessment_id  varchar(64)  not null,
    indicator_code varchar(64)  not null,
    position       integer      not null,
    name           varchar(200) not null,
    figure_value   varchar(100) not null,
    unit           varchar(50),
    constraint pk_claim_sheet_figure primary key (assessment_id, indicator_code, position)
);

create table claim_sheet_evidence (
    assessment_id  varchar(64)   not null,
    evidence_id    varchar(64)   not null,
    file_name      varchar(1000) not null,
    media_type     varchar(200)  not null,
    size_bytes     bigint        not null,
    sha256         varchar(64)   not null,
    received_at    timestamp with time zone not null,
    captured_at    timestamp with time zone,
    late           boolean       not null,
    -- ACTIVE, WITHDRAWN, REJECTED
    state          varchar(16)   not null,
    constraint pk_claim_sheet_evidence primary key (assessment_id, evidence_id)
);

create table claim_sheet_evidence_link (
    assessment_id  varchar(64)  not null,
    evidence_id    varchar(64)  not null,
    indicator_code varchar(64)  not null,
    constraint pk_claim_sheet_evidence_link primary key (assessment_id, evidence_id, indicator_code)
);
