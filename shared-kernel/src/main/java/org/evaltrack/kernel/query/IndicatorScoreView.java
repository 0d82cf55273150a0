package org.evaltrack.kernel.query;

import java.time.Instant;

import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;

/**
 * One indicator row of a scorecard.
 *
 * @param claimedScore   the unit's current claim; null when nothing was claimed
 * @param effectiveScore the score that counts: the reviewer's adjustment if one is newer than the claim, else the claim; null when neither exists
 * @param adjusted       the effective score comes from a review adjustment
 * @param claimRevision  how many times the unit claimed this indicator (0: never)
 * @param evidenceCount  evidence currently active for this indicator (withdrawn and rejected evidence no longer counts)
 * @param lastChangedAt  time of the latest event that changed this row; null when untouched since the assessment opened
 */
public record IndicatorScoreView(
        String indicatorCode,
        String name,
        String categoryCode,
        String categoryName,
        ScoringMode scoringMode,
        Score maxPoints,
        Score floor,
        Score claimedScore,
        Score effectiveScore,
        boolean adjusted,
        int claimRevision,
        int evidenceCount,
        Instant lastChangedAt) {
}
