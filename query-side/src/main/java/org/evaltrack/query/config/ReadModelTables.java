package org.evaltrack.query.config;

import java.util.List;

/**
 * Every table a read model writes, and nothing else: a rebuild builds these beside the live ones and
 * swaps them in. Tokens, dead letters, node heartbeats and refused downloads are not among them.
 * {@code ReadModelTablesPostgresTest} fails when a migration adds a table that is in neither list.
 */
public final class ReadModelTables {

    public static final List<String> NAMES = List.of(
            "claim_sheet_assessment", "claim_sheet_bonus", "claim_sheet_claim", "claim_sheet_evidence",
            "claim_sheet_evidence_link", "claim_sheet_figure", "claim_sheet_scheme", "claim_sheet_veto_condition",
            "discrepancy_assessment", "discrepancy_bonus_claim", "discrepancy_category", "discrepancy_claim",
            "discrepancy_evidence", "discrepancy_evidence_link", "discrepancy_figure", "discrepancy_indicator",
            "discrepancy_scheme", "discrepancy_unit",
            "evidence_file",
            "ledger_assessment", "ledger_evidence", "ledger_task", "ledger_task_history", "ledger_unit",
            "report_assessment", "report_narrative", "report_section",
            "totals_assessment", "totals_bonus_rule", "totals_category", "totals_evidence", "totals_indicator", "totals_item", "totals_scheme",
            "totals_scheme_change", "totals_score_change", "totals_unit",
            "trail_assessment", "trail_bonus", "trail_entry", "trail_entry_evidence", "trail_evidence", "trail_indicator");

    /** The query side's own tables that are no read model. */
    public static final List<String> INFRASTRUCTURE = List.of("token_entry", "dead_letter_entry", "query_node",
            "evidence_file_failure");

    private ReadModelTables() {
    }
}
