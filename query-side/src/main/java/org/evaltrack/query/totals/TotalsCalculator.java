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
import org.evaltrack.kernel.unit.UnitId;

/**
 * Computes an assessment's totals from the states of its items and the scheme's shape. The same
 * arithmetic serves "now" and "as of", so the two can never disagree about the rules.
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
        Map<String, BigDecimal> claimedByCategory = new HashMap<>();
        Map<String, BigDecimal> effectiveByCategory = new HashMap<>();
        BigDecimal claimedBase = BigDecimal.ZERO;
        BigDecimal base = BigDecimal.ZERO;
        for (SchemeShape.Indicator indicator : scheme.indicators()) {
            ItemState item = indicatorItems.get(indicator.code());
            BigDecimal claimed = item == null ? null : item.claimedValue();
            BigDecimal effective = item == null ? null : item.effectiveValue();
            claimedBase = claimedBase.add(orZero(claimed));
            base = base.add(orZero(effective));
            claimedByCategory.merge(indicator.categoryCode(), orZero(claimed), BigDecimal::add);
            effectiveByCategory.merge(indicator.categoryCode(), orZero(effective), BigDecimal::add);
            indicators.add(new IndicatorTotalsView(indicator.code(), indicator.name(), indicator.categoryCode(),
                    score(indicator.maxPoints()), score(claimed), score(effective), item != null && item.isAdjusted(),
                    item == null ? null : item.claimEventId(), item == null ? null : item.effectiveEventId(),
                    item == null ? null : item.occurredAt()));
        }

        List<CategorySubtotalView> categories = scheme.categories().stream()
                .map(c -> {
                    BigDecimal subtotal = effectiveByCategory.getOrDefault(c.code(), BigDecimal.ZERO);
                    return new CategorySubtotalView(c.code(), c.name(), c.section(), score(c.budget()),
                            score(claimedByCategory.getOrDefault(c.code(), BigDecimal.ZERO)), score(subtotal),
                            subtotal.compareTo(c.budget()) <= 0);
                })
                .toList();

        bonusItems.sort(Comparator.comparing(ItemState::itemCode));
        BigDecimal claimedBonus = BigDecimal.ZERO;
        BigDecimal verifiedBonus = BigDecimal.ZERO;
        List<BonusAwardView> awards = new ArrayList<>();
        for (ItemState bonus : bonusItems) {
            claimedBonus = claimedBonus.add(orZero(bonus.claimedValue()));
            verifiedBonus = verifiedBonus.add(orZero(bonus.effectiveValue()));
            awards.add(new BonusAwardView(bonus.itemCode(), bonus.detail(), bonus.label(), score(bonus.claimedValue()),
                    score(orZero(bonus.effectiveValue())), bonus.state(), bonus.eventId()));
        }
        BigDecimal cap = scheme.bonusCap();
        BigDecimal bonus = verifiedBonus.min(cap);

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
                score(claimedBase),
                score(base),
                score(claimedBonus),
                score(verifiedBonus),
                score(cap),
                score(bonus),
                verifiedBonus.compareTo(cap) > 0,
                score(base.add(bonus)),
                !vetoes.isEmpty(),
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
