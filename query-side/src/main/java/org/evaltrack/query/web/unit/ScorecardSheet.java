package org.evaltrack.query.web.unit;

import java.math.RoundingMode;
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
import org.evaltrack.kernel.score.Score;

/**
 * The indicator tree of one assessment as the pages show it: categories in the scheme's order, each
 * indicator's scores (from totals) beside its claim's words and evidence (from the claim sheet).
 */
public record ScorecardSheet(AssessmentTotalsView totals, ClaimSheetView sheet, List<CategoryBlock> categories,
                             Countdown claimsCountdown) {

    /** A score as the pages show it: two decimals, "—" when there is none. */
    public static String shown(Score score) {
        return score == null ? "—" : score.value().setScale(Score.SCALE, RoundingMode.HALF_UP).toPlainString();
    }

    /** The categories grouped by their section (共性 / 个性), in the scheme's order. */
    public List<SectionBlock> sections() {
        Map<String, List<CategoryBlock>> bySection = new LinkedHashMap<>();
        categories.forEach(block -> bySection.computeIfAbsent(String.valueOf(block.category().section()), s -> new ArrayList<>()).add(block));
        return bySection.entrySet().stream().map(e -> new SectionBlock(e.getKey(), e.getValue())).toList();
    }

    /** The light thresholds for the legend (their one source is {@link ScoreLight}). */
    public ScoreLight legend() {
        return ScoreLight.GREEN;
    }

    public static ScorecardSheet of(AssessmentTotalsView totals, ClaimSheetView sheet, Instant now) {
        Map<String, ClaimText> claims = new LinkedHashMap<>();
        sheet.claims().forEach(claim -> claims.put(claim.indicatorCode(), claim));
        Map<String, List<EvidenceItem>> evidence = new LinkedHashMap<>();
        for (EvidenceItem item : sheet.evidence()) {
            item.indicatorCodes().forEach(code -> evidence.computeIfAbsent(code, c -> new ArrayList<>()).add(item));
        }
        Countdown countdown = Countdown.until(sheet.claimsDue(), now);
        boolean duePassed = countdown != null && countdown.passed();
        List<CategoryBlock> blocks = new ArrayList<>();
        for (CategorySubtotalView category : totals.categories()) {
            List<IndicatorRow> rows = new ArrayList<>();
            for (IndicatorTotalsView indicator : totals.indicators()) {
                if (category.categoryCode().equals(indicator.categoryCode())) {
                    List<EvidenceItem> items = evidence.getOrDefault(indicator.indicatorCode(), List.of());
                    rows.add(new IndicatorRow(indicator, claims.get(indicator.indicatorCode()), items,
                            IndicatorState.of(indicator, items, totals.vetoed(), duePassed)));
                }
            }
            blocks.add(new CategoryBlock(category, rows));
        }
        return new ScorecardSheet(totals, sheet, blocks, countdown);
    }

    /** One section (its {@code Section} name, e.g. COMMON) and its categories. */
    public record SectionBlock(String section, List<CategoryBlock> categories) {
    }

    /** One category and its indicators. */
    public record CategoryBlock(CategorySubtotalView category, List<IndicatorRow> indicators) {
        public String subtotalShown() {
            return shown(category.subtotal());
        }

        public String budgetShown() {
            return shown(category.budget());
        }
    }

    /**
     * @param claim    the current claim's narrative and figures; null when the indicator has no claim
     * @param evidence every piece of evidence naming the indicator, withdrawn and rejected included
     */
    public record IndicatorRow(IndicatorTotalsView scores, ClaimText claim, List<EvidenceItem> evidence, IndicatorState state) {
        public String narrative() {
            return claim == null ? null : claim.narrative();
        }

        /** The maximum as a clerk writes it: 2, not 2.00. */
        public String maxShown() {
            return scores.maxPoints().value().stripTrailingZeros().toPlainString();
        }

        public String claimedShown() {
            return shown(scores.claimedScore());
        }

        public String effectiveShown() {
            return shown(scores.effectiveScore());
        }

        public ScoreLight light() {
            return scores.claimedScore() == null ? ScoreLight.GREY : ScoreLight.of(scores.effectiveScore(), scores.maxPoints());
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
