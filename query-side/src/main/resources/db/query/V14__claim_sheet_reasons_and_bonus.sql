-- Read model "claim-sheet": why evidence left (the withdrawal's or rejection's reason), whether its capture
-- time was accepted and why, and the words of each bonus claim (source, award date, the reviewer's note or
-- reason). Points and state of a bonus claim stay in totals_*. Deleted by the reset handler before a replay.

alter table claim_sheet_evidence add column state_reason varchar(2000);
alter table claim_sheet_evidence add column capture_time_accepted boolean not null default false;
alter table claim_sheet_evidence add column acceptance_reason varchar(2000);

create table claim_sheet_bonus (
    assessment_id     varchar(64)   not null,
    bonus_claim_id    varchar(64)   not null,
    -- order of claiming within the assessment, so the pages list the claims as they were made
    position          integer       not null,
    level             varchar(64)   not null,
    title             varchar(2000) not null,
    source            varchar(2000),
    awarded_on        date,
    verification_note varchar(2000),
    rejection_reason  varchar(2000),
    constraint pk_claim_sheet_bonus primary key (assessment_id, bonus_claim_id)
);
