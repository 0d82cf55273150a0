package org.evaltrack.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.evaltrack.command.api.AnswerWarning;
import org.evaltrack.command.assessment.BonusDuplicate;

/** What an import answers when it stored something. */
final class ImportResults {

    private ImportResults() {
    }

    /** The created scheme and how much of it came from the workbook. */
    record SchemeImported(String id, boolean published, int categories, int indicators, int subItems, int bonusRules,
                          int vetoConditions, int commands) {
    }

    /** The claims sent, row by row, and warnings about figures whose unit cannot be converted. */
    record ClaimsImported(String assessmentId, int claims, int figures, int bonusClaims, List<RowOutcome> rows,
                          List<AnswerWarning> warnings) {
    }

    /**
     * One stored row.
     *
     * @param outcome       CLAIMED or BONUS_CLAIMED
     * @param indicatorCode the claimed indicator (CLAIMED)
     * @param bonusClaimId  the new bonus claim's id (BONUS_CLAIMED)
     * @param duplicate     BONUS_CLAIMED: whether it duplicates an earlier claim; null otherwise
     * @param duplicateOf   that earlier claim (id and title), when it does
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RowOutcome(String sheet, int row, String outcome, String indicatorCode, String bonusClaimId, Boolean duplicate,
                      BonusDuplicate duplicateOf) {

        RowOutcome withDuplicate(BonusDuplicate original) {
            return new RowOutcome(sheet, row, outcome, indicatorCode, bonusClaimId, original != null, original);
        }
    }
}
