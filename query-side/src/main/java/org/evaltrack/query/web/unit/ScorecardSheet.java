package org.evaltrack.query.web.unit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evaltrack.kernel.query.claimsheet.ClaimSheetView;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView.ClaimText;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView.EvidenceItem;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.CategorySubtotalView;
import org.evaltrack.kernel.query.totals.IndicatorTotalsView;

/**
 * The indicator tree of one assessment as the pages show it: categories in the scheme's order, each
 * indicator's scores (from totals) beside its claim's words and evidence (from the claim sheet).
 */
public record ScorecardSheet(AssessmentTotalsView totals, ClaimSheetView sheet, List<CategoryBlock> categories,
                             Countdown claimsCountdown) {

    public static ScorecardSheet of(AssessmentTotalsView totals, ClaimSheetView sheet, Instant now) {
        Map<String, ClaimText> claims = new LinkedHashMap<>();
        sheet.claims().forEach(claim -> claims.put(claim.indicatorCode(), claim));
        Map<String, List<EvidenceItem>> evidence = new LinkedHashMap<>();
        for (EvidenceItem item : sheet.evidence()) {
            item.indicatorCodes().forEach(code -> evidence.computeIfAbsent(code, c -> new ArrayList<>()).add(item));
        }
        List<CategoryBlock> blocks = new ArrayList<>();
        for (CategorySubtotalView category : totals.categories()) {
            List<IndicatorRow> rows = new ArrayList<>();
            for (IndicatorTotalsView indicator : totals.indicators()) {
                if (category.categoryCode().equals(indicator.categoryCode())) {
                    rows.add(new IndicatorRow(indicator, claims.get(indicator.indicatorCode()),
                            evidence.getOrDefault(indicator.indicatorCode(), List.of())));
                }
            }
            blocks.add(new CategoryBlock(category, rows));
        }
        return new ScorecardSheet(totals, sheet, blocks, Countdown.until(sheet.claimsDue(), now));
    }

    /** One category and its indicators. */
    public record CategoryBlock(CategorySubtotalView category, List<IndicatorRow> indicators) {
    }

    /**
     * @param claim    the current claim's narrative and figures; null when the indicator has no claim
     * @param evidence every piece of evidence naming the indicator, withdrawn and rejected included
     */
    public record IndicatorRow(IndicatorTotalsView scores, ClaimText claim, List<EvidenceItem> evidence) {
        public String narrative() {
            return claim == null ? null : claim.narrative();
        }
    }

    /** Time left until a deadline, in whole days and hours; {@code passed} once it is over. */
    public record Countdown(Instant due, long days, long hours, boolean passed) {
        static Countdown until(Instant due, Instant now) {
            if (due == null) {
                return null;
            }
            Duration left = Duration.between(now, due);
            if (left.isNegative()) {
                return new Countdown(due, 0, 0, true);
            }
            return new Countdown(due, left.toDays(), left.toHoursPart(), false);
        }
    }
}
