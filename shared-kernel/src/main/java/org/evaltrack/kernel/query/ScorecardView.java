package org.evaltrack.kernel.query;

import java.time.Instant;
import java.util.List;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;

/**
 * One assessment's current totals as computed from its events, beside what the unit declared.
 *
 * @param declared        the totals written in the report; null until the self-assessment is submitted
 * @param claimedBase     sum of the unit's current claims
 * @param computedBase    sum of the effective scores (claims, or the reviewer's adjustment where one was made)
 * @param claimedBonus    sum of all bonus claims' points, duplicates included
 * @param verifiedBonus   sum of verified bonus points before the cap, as in {@code AssessmentTotalsView}
 * @param bonus           verifiedBonus capped at {@code bonusCap}: the bonus that counts (加分)
 * @param total           computedBase + bonus
 * @param vetoed          at least one veto condition is applied (一票否决)
 * @param lastEventAt     time of the latest event that changed this scorecard
 */
public record ScorecardView(
        AssessmentId assessmentId,
        SchemeId schemeId,
        UnitId unitId,
        String unitName,
        int year,
        AssessmentStatus status,
        DeclaredTotals declared,
        Score claimedBase,
        Score computedBase,
        Score claimedBonus,
        Score verifiedBonus,
        Score bonus,
        Score bonusCap,
        Score total,
        boolean vetoed,
        Instant lastEventAt,
        List<IndicatorScoreView> indicators) {
    public ScorecardView {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
