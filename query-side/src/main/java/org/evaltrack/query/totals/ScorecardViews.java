package org.evaltrack.query.totals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evaltrack.kernel.query.IndicatorScoreView;
import org.evaltrack.kernel.query.ScorecardView;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.IndicatorTotalsView;
import org.evaltrack.kernel.score.Score;

/**
 * An assessment's scorecard: its totals as {@link TotalsCalculator} computes them (so through the
 * kernel's one arithmetic), under the scorecard's names, with what only the scorecard shows beside
 * them: the year, each indicator's category name, scoring mode, floor, claim revision and evidence count.
 */
final class ScorecardViews {

    private ScorecardViews() {
    }

    /** Empty when the assessment has no status yet (not opened). */
    static Optional<ScorecardView> of(AssessmentRecord assessment, String unitName, SchemeShape scheme, List<ItemState> items,
                                      Map<String, EvidenceCountRecord> evidence) {
        return TotalsCalculator.compute(assessment, unitName, scheme, items, null)
                .map(totals -> view(assessment, scheme, totals, claims(items), evidence));
    }

    private static ScorecardView view(AssessmentRecord assessment, SchemeShape scheme, AssessmentTotalsView totals,
                                      Map<String, ItemState> claims, Map<String, EvidenceCountRecord> evidence) {
        List<IndicatorScoreView> rows = new ArrayList<>();
        // the calculator lists the scheme's indicators in scheme order, one row each
        for (int i = 0; i < scheme.indicators().size(); i++) {
            SchemeShape.Indicator indicator = scheme.indicators().get(i);
            IndicatorTotalsView figures = totals.indicators().get(i);
            ItemState claim = claims.get(indicator.code());
            EvidenceCountRecord count = evidence.get(indicator.code());
            String categoryName = scheme.category(indicator.categoryCode())
                    .map(SchemeShape.Category::name).orElse(indicator.categoryCode());
            rows.add(new IndicatorScoreView(indicator.code(), indicator.name(), indicator.categoryCode(), categoryName,
                    indicator.scoringMode(), figures.maxPoints(), score(indicator.floor()), figures.claimedScore(),
                    figures.effectiveScore(), figures.adjusted(), claim == null ? 0 : claim.claimRevision(),
                    count == null ? 0 : count.count(),
                    later(figures.lastChangedAt(), count == null ? null : count.lastChangedAt())));
        }
        return new ScorecardView(totals.assessmentId(), totals.schemeId(), totals.unitId(), totals.unitName(),
                assessment.year(), totals.status(), totals.declared(), totals.claimedBase(), totals.base(),
                totals.claimedBonus(), totals.verifiedBonus(), totals.bonus(), totals.bonusCap(), totals.total(),
                totals.vetoed(), later(totals.lastChangedAt(), assessment.lastEvidenceAt()), rows);
    }

    private static Map<String, ItemState> claims(List<ItemState> items) {
        Map<String, ItemState> claims = new HashMap<>();
        for (ItemState item : items) {
            if (item.part() == ItemPart.INDICATOR) {
                claims.put(item.itemCode(), item);
            }
        }
        return claims;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static Score score(BigDecimal value) {
        return value == null ? null : Score.of(value);
    }
}
