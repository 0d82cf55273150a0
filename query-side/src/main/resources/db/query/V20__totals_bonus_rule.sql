-- The bonus rules of each scheme (创先争优加分项): which levels a unit may claim and the points per item, so the
-- bonus claim form offers the scheme's own levels. Deleted by the totals reset handler before a replay.
create table totals_bonus_rule (
    scheme_id        varchar        not null,
    bonus_level      varchar        not null,
    name             varchar        not null,
    points_per_item  numeric(12,2)  not null,
    sort_order       integer        not null,
    constraint pk_totals_bonus_rule primary key (scheme_id, bonus_level)
);

-- Earlier schemes' rules are only in their events: the read models are emptied and replayed once, on
-- first start, so the form offers every scheme's levels at once (as V17 did).
delete from claim_sheet_assessment;
delete from claim_sheet_bonus;
delete from claim_sheet_claim;
delete from claim_sheet_evidence;
delete from claim_sheet_evidence_link;
delete from claim_sheet_figure;
delete from claim_sheet_scheme;
delete from claim_sheet_veto_condition;
delete from discrepancy_assessment;
delete from discrepancy_bonus_claim;
delete from discrepancy_category;
delete from discrepancy_claim;
delete from discrepancy_evidence;
delete from discrepancy_evidence_link;
delete from discrepancy_figure;
delete from discrepancy_indicator;
delete from discrepancy_scheme;
delete from discrepancy_unit;
delete from evidence_file;
delete from ledger_assessment;
delete from ledger_evidence;
delete from ledger_task;
delete from ledger_task_history;
delete from ledger_unit;
delete from report_assessment;
delete from report_narrative;
delete from report_section;
delete from totals_assessment;
delete from totals_category;
delete from totals_evidence;
delete from totals_indicator;
delete from totals_item;
delete from totals_scheme;
delete from totals_scheme_change;
delete from totals_score_change;
delete from totals_unit;
delete from trail_assessment;
delete from trail_bonus;
delete from trail_entry;
delete from trail_entry_evidence;
delete from trail_evidence;
delete from trail_indicator;
delete from dead_letter_entry where processing_group = 'read-models';
delete from token_entry where processor_name = 'read-models';
