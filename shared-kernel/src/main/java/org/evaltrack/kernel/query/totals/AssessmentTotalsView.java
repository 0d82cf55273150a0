package org.evaltrack.kernel.query.totals;

import java.time.Instant;
import java.util.List;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;

/**
 * An assessment's totals (得分汇总) as computed from its events, beside what the unit declared. Every figure
 * is computed by the kernel's {@code TotalsArithmetic}; docs/totals-read-model.md gives each name its meaning.
 *
 * @param asOf            the instant asked for; null: now
 * @param claimedBase     sum of the claims
 * @param base            sum of the effective scores (基础分)
 * @param claimedBonus    sum of all bonus claims' points, rejected and duplicates included
 * @param verifiedBonus   sum of verified bonus points before the cap
 * @param bonus           verified bonus, capped at {@code bonusCap} (加分)
 * @param bonusCapReached the cap cut the verified bonus
 * @param total           base + bonus (总分); a vetoed unit keeps its total but ranks last
 * @param claimedTotal    what the unit's own claims come to: claimedBase + claimedBonus capped at {@code bonusCap}
 * @param declared        the totals the unit wrote in its report; null until submitted
 * @param lastChangedAt   the latest change taken into account
 */
public record AssessmentTotalsView(
        AssessmentId assessmentId,
        SchemeId schemeId,
        UnitId unitId,
        String unitName,
        AssessmentStatus status,
        Instant asOf,
        List<IndicatorTotalsView> indicators,
        List<CategorySubtotalView> categories,
        Score claimedBase,
        Score base,
        Score claimedBonus,
        Score verifiedBonus,
        Score bonusCap,
        Score bonus,
        boolean bonusCapReached,
        Score total,
        Score claimedTotal,
        boolean vetoed,
        List<VetoView> vetoes,
        List<BonusAwardView> bonusAwards,
        DeclaredTotals declared,
        Instant lastChangedAt) {
    public AssessmentTotalsView {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        categories = categories == null ? List.of() : List.copyOf(categories);
        vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
        bonusAwards = bonusAwards == null ? List.of() : List.copyOf(bonusAwards);
    }
}
