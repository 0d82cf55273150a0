package org.evaltrack.query.web.unit;

import java.util.List;

import org.evaltrack.kernel.query.claimsheet.ClaimSheetView.EvidenceItem;
import org.evaltrack.kernel.query.totals.IndicatorTotalsView;

/**
 * One indicator's state as the indicator tree says it in words (未自评, 已自评, 无佐证, 已调整, 已否决, 逾期).
 * A veto applies to the whole assessment, so every indicator of a vetoed assessment says so first.
 */
public enum IndicatorState {
    NOT_CLAIMED, CLAIMED, NO_EVIDENCE, ADJUSTED, VETOED, OVERDUE;

    static IndicatorState of(IndicatorTotalsView scores, List<EvidenceItem> evidence, boolean vetoed, boolean claimsDuePassed) {
        if (vetoed) {
            return VETOED;
        }
        if (scores.adjusted()) {
            return ADJUSTED;
        }
        if (scores.claimedScore() == null) {
            return claimsDuePassed ? OVERDUE : NOT_CLAIMED;
        }
        return evidence.stream().anyMatch(EvidenceItem::active) ? CLAIMED : NO_EVIDENCE;
    }
}
