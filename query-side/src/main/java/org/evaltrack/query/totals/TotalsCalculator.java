package org.evaltrack.query.totals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.BonusAwardView;
import org.evaltrack.kernel.query.totals.CategorySubtotalView;
import org.evaltrack.kernel.query.totals.IndicatorTotalsView;
import org.evaltrack.kernel.query.totals.VetoView;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.totals.CategoryBudget;
import org.evaltrack.kernel.totals.CategorySubtotal;
import org.evaltrack.kernel.totals.ScoredItem;
import org.evaltrack.kernel.totals.Totals;
import org.evaltrack.kernel.totals.TotalsArithmetic;
import org.evaltrack.kernel.totals.TotalsInput;
import org.evaltrack.kernel.unit.UnitId;

/**
 * Gathers an assessment's item states and the scheme's shape into the kernel's {@link TotalsArithmetic},
 * the one place the totals are computed. The same code serves "now" and "as of".
 */
final class TotalsCalculator {

    private TotalsCalculator() {
    }

    /** Empty when the assessment has no status yet at that instant (not opened). */
    static Optional<AssessmentTotalsView> compute(AssessmentRecord assessment, String unitName, SchemeShape scheme,
                                                  List<ItemState> items, Instant asOf) {
        Map<String, ItemState> indicatorItems = new HashMap<>();
        List<ItemState> bonusItems = new ArrayList<>();
        List<ItemState> vetoItems = new ArrayList<>();
        Map<String, ItemState> declaredItems = new HashMap<>();
        ItemState statusItem = null;
        Instant lastChangedAt = null;
        for (ItemState item : items) {
            switch (item.part()) {
                case INDICATOR -> indicatorItems.put(item.itemCode(), item);
                case BONUS -> bonusItems.add(item);
                case VETO -> vetoItems.add(item);
                case DECLARED -> declaredItems.put(item.itemCode(), item);
                case STATUS -> statusItem = item;
            }
            if (lastChangedAt == null || item.occurredAt().isAfter(lastChangedAt)) {
                lastChangedAt = item.occurredAt();
            }
        }
        if (statusItem == null) {
            return Optional.empty();
        }

        List<IndicatorTotalsView> indicators = new ArrayList<>();
        List<ScoredItem> claimedItems = new ArrayList<>();
        List<ScoredItem> effectiveItems = new ArrayList<>();
        for (SchemeShape.Indicator indicator : scheme.indicators()) {
            ItemState item = indicatorItems.get(indicator.code());
            Score claimed = item == null ? null : score(item.claimedValue());
            Score effective = item == null ? null : score(item.effectiveValue());
            claimedItems.add(new ScoredItem(indicator.code(), indicator.categoryCode(), claimed));
            effectiveItems.add(new ScoredItem(indicator.code(), indicator.categoryCode(), effective));
            indicators.add(new IndicatorTotalsView(indicator.code(), indicator.name(), indicator.categoryCode(),
                    score(indicator.maxPoints()), claimed, effective, item != null && item.isAdjusted(),
                    item == null ? null : item.claimEventId(), item == null ? null : item.effectiveEventId(),
                    item == null ? null : item.occurredAt(), item != null && item.afterTheFactSeen()));
        }

        bonusItems.sort(Comparator.comparing(ItemState::itemCode));
        List<Score> claimedPoints = new ArrayList<>();
        List<Score> verifiedPoints = new ArrayList<>();
        List<BonusAwardView> awards = new ArrayList<>();
        for (ItemState bonus : bonusItems) {
            claimedPoints.add(score(orZero(bonus.claimedValue())));
            verifiedPoints.add(score(orZero(bonus.effectiveValue())));
            awards.add(new BonusAwardView(bonus.itemCode(), bonus.detail(), bonus.label(), score(bonus.claimedValue()),
                    score(orZero(bonus.effectiveValue())), bonus.state(), bonus.eventId(), bonus.afterTheFactSeen()));
        }
        boolean vetoed = vetoItems.stream().anyMatch(v -> "APPLIED".equals(v.state()));
        List<CategoryBudget> budgets = scheme.categories().stream()
                .map(c -> new CategoryBudget(c.code(), score(c.budget())))
                .toList();
        Score cap = score(scheme.bonusCap());
        // one arithmetic for both columns: what the unit's claims come to, and what counts
        Totals claimedTotals = TotalsArithmetic.compute(new TotalsInput(claimedItems, budgets, claimedPoints, cap, vetoed));
        Totals totals = TotalsArithmetic.compute(new TotalsInput(effectiveItems, budgets, verifiedPoints, cap, vetoed));

        List<CategorySubtotalView> categories = new ArrayList<>();
        for (int i = 0; i < scheme.categories().size(); i++) {
            SchemeShape.Category c = scheme.categories().get(i);
            CategorySubtotal subtotal = totals.categories().get(i);
            categories.add(new CategorySubtotalView(c.code(), c.name(), c.section(), subtotal.budget(),
                    claimedTotals.categories().get(i).subtotal(), subtotal.subtotal(), subtotal.withinBudget()));
        }

        List<VetoView> vetoes = vetoItems.stream()
                .filter(v -> "APPLIED".equals(v.state()))
                .sorted(Comparator.comparing(ItemState::occurredAt))
                .map(v -> new VetoView(v.itemCode(), v.label(), v.reason(), v.eventId(), v.occurredAt()))
                .toList();

        DeclaredTotals declared = declaredItems.isEmpty() ? null : new DeclaredTotals(
                declaredScore(declaredItems.get("base")), declaredScore(declaredItems.get("bonus")),
                declaredScore(declaredItems.get("total")));

        return Optional.of(new AssessmentTotalsView(
                AssessmentId.of(assessment.assessmentId()),
                SchemeId.of(assessment.schemeId()),
                UnitId.of(assessment.unitId()),
                unitName,
                AssessmentStatus.valueOf(statusItem.state()),
                asOf,
                indicators,
                categories,
                claimedTotals.base(),
                totals.base(),
                claimedTotals.verifiedBonus(),
                totals.verifiedBonus(),
                totals.bonusCap(),
                totals.bonus(),
                totals.bonusCapReached(),
                totals.total(),
                claimedTotals.total(),
                totals.vetoed(),
                vetoes,
                awards,
                declared,
                lastChangedAt));
    }

    private static Score declaredScore(ItemState item) {
        return item == null ? null : score(item.claimedValue());
    }

    static Score score(BigDecimal value) {
        return value == null ? null : Score.of(value);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
