package org.evaltrack.kernel.query.totals;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.evaltrack.kernel.score.Score;

/**
 * One bonus claim (创先争优加分项) and where its review stands.
 *
 * @param state          CLAIMED (not yet reviewed), VERIFIED or REJECTED
 * @param verifiedPoints the points that count before the cap: the claim's points once verified, else 0
 * @param enteredAfterTheFact the claim or its review was entered after the fact (补录)
 */
public record BonusAwardView(
        String bonusClaimId,
        String level,
        String title,
        Score claimedPoints,
        Score verifiedPoints,
        String state,
        String lastEventId,
        boolean enteredAfterTheFact) {

    @JsonCreator
    public BonusAwardView {
    }

    /** A bonus claim entered live. */
    public BonusAwardView(String bonusClaimId, String level, String title, Score claimedPoints, Score verifiedPoints,
                          String state, String lastEventId) {
        this(bonusClaimId, level, title, claimedPoints, verifiedPoints, state, lastEventId, false);
    }
}
