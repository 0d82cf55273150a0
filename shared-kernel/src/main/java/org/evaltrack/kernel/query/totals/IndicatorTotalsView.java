package org.evaltrack.kernel.query.totals;

import java.time.Instant;

import org.evaltrack.kernel.score.Score;

/**
 * One indicator of an assessment's totals.
 *
 * @param claimedScore     the unit's claim (自评分); null when never claimed
 * @param effectiveScore   the score that counts (审核后得分): the latest claim or the reviewer's later adjustment
 * @param adjusted         the effective score comes from a review adjustment
 * @param claimEventId     the event that set the claim
 * @param effectiveEventId the event that set the effective score
 */
public record IndicatorTotalsView(
        String indicatorCode,
        String name,
        String categoryCode,
        Score maxPoints,
        Score claimedScore,
        Score effectiveScore,
        boolean adjusted,
        String claimEventId,
        String effectiveEventId,
        Instant lastChangedAt) {
}
