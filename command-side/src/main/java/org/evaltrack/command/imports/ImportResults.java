package org.evaltrack.command.imports;

import java.util.List;

/** What an import answers when it stored something. */
final class ImportResults {

    private ImportResults() {
    }

    /** The created scheme and how much of it came from the workbook. */
    record SchemeImported(String id, boolean published, int categories, int indicators, int subItems, int bonusRules,
                          int vetoConditions, int commands) {
    }

    /** The claims sent, row by row. */
    record ClaimsImported(String assessmentId, int claims, int figures, int bonusClaims, List<RowOutcome> rows) {
    }

    /**
     * One stored row.
     *
     * @param outcome       CLAIMED or BONUS_CLAIMED
     * @param indicatorCode the claimed indicator (CLAIMED)
     * @param bonusClaimId  the new bonus claim's id (BONUS_CLAIMED)
     */
    record RowOutcome(String sheet, int row, String outcome, String indicatorCode, String bonusClaimId) {
    }
}
