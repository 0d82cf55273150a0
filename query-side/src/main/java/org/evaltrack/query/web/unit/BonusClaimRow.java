package org.evaltrack.query.web.unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evaltrack.kernel.query.claimsheet.ClaimSheetView;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView.BonusClaimText;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyView;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.BonusAwardView;

/**
 * A bonus claim as the scorecard and the review console list it: points and state from the totals model
 * (what counts), the unit's words and the reviewer's answer from the claim sheet, and, when it repeats an
 * earlier claim, the discrepancy saying so.
 *
 * @param words     source, award date, note or reason; null while the claim sheet has not taken the claim in yet
 * @param duplicate the DUPLICATE_BONUS_CLAIM discrepancy about this claim; null when it is no duplicate
 */
public record BonusClaimRow(BonusAwardView award, BonusClaimText words, DiscrepancyView duplicate) {

    /** One row per bonus claim the totals know, in their order. */
    public static List<BonusClaimRow> of(AssessmentTotalsView totals, ClaimSheetView sheet, List<DiscrepancyView> duplicates) {
        Map<String, BonusClaimText> texts = new LinkedHashMap<>();
        sheet.bonusClaims().forEach(text -> texts.put(text.bonusClaimId(), text));
        Map<String, DiscrepancyView> byClaim = new LinkedHashMap<>();
        duplicates.forEach(d -> byClaim.put(d.subject().code(), d));
        List<BonusClaimRow> rows = new ArrayList<>();
        for (BonusAwardView award : totals.bonusAwards()) {
            rows.add(new BonusClaimRow(award, texts.get(award.bonusClaimId()), byClaim.get(award.bonusClaimId())));
        }
        return rows;
    }

    /** Not yet verified nor rejected. */
    public boolean pending() {
        return "CLAIMED".equals(award.state());
    }

    /** The reviewer's words that go with the state: the note of a verification, the reason of a rejection. */
    public String decisionText() {
        if (words == null) {
            return null;
        }
        return switch (award.state()) {
            case "VERIFIED" -> words.verificationNote();
            case "REJECTED" -> words.rejectionReason();
            default -> null;
        };
    }
}
