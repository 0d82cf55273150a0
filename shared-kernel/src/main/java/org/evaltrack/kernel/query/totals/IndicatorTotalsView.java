package org.evaltrack.kernel.query.totals;

import com.fasterxml.jackson.annotation.JsonCreator;
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
 * @param enteredAfterTheFact some change of the indicator (claim, adjustment) was entered after the fact (补录)
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
        Instant lastChangedAt,
        boolean enteredAfterTheFact) {

    @JsonCreator
    public IndicatorTotalsView {
    }

    /** An indicator none of whose changes was entered after the fact. */
    public IndicatorTotalsView(String indicatorCode, String name, String categoryCode, Score maxPoints, Score claimedScore,
                               Score effectiveScore, boolean adjusted, String claimEventId, String effectiveEventId,
                               Instant lastChangedAt) {
        this(indicatorCode, name, categoryCode, maxPoints, claimedScore, effectiveScore, adjusted, claimEventId,
                effectiveEventId, lastChangedAt, false);
    }
}
