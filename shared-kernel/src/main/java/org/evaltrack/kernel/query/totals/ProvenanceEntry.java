package org.evaltrack.kernel.query.totals;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import org.evaltrack.kernel.assessment.AfterTheFact;
import org.evaltrack.kernel.score.Score;

/**
 * One event behind a figure.
 *
 * @param kind          what happened: SCORE_CLAIMED, REVIEW_ADJUSTMENT_MADE, BONUS_CLAIMED, BONUS_AWARD_VERIFIED,
 *                      BONUS_AWARD_REJECTED, VETO_APPLIED, VETO_LIFTED, INDICATOR_REVISED, CATEGORY_BUDGET_REVISED,
 *                      BONUS_CAP_REVISED (after null: the cap was lifted), ...
 * @param actorName     the actor's display name from the accounts; null when the account is unknown
 * @param itemCode      the indicator code, bonus claim id, veto condition code or category code concerned
 * @param before        the counting value before the event (an indicator's effective score, a bonus claim's
 *                      verified points, a budget, maximum or bonus cap); null when there was none
 * @param after         the counting value after the event
 * @param claimed       an indicator's claim or a bonus claim's points after the event; null where it does not apply
 * @param state         VERIFIED/REJECTED/CLAIMED for bonus claims, APPLIED/LIFTED for vetoes; null otherwise
 * @param current       this event set the value that counts at the instant asked for
 * @param afterTheFact  补录: the date the event happened, the time it was recorded ({@code occurredAt}) and why;
 *                      null when entered live
 */
public record ProvenanceEntry(
        String eventId,
        String kind,
        Instant occurredAt,
        String actorId,
        String actorName,
        String role,
        String correlationId,
        String itemCode,
        String reason,
        Score before,
        Score after,
        Score claimed,
        String state,
        boolean current,
        AfterTheFact afterTheFact) {

    @JsonCreator
    public ProvenanceEntry {
    }

    /** An event entered live. */
    public ProvenanceEntry(String eventId, String kind, Instant occurredAt, String actorId, String actorName, String role,
                           String correlationId, String itemCode, String reason, Score before, Score after,
                           Score claimed, String state, boolean current) {
        this(eventId, kind, occurredAt, actorId, actorName, role, correlationId, itemCode, reason, before, after, claimed,
                state, current, null);
    }
}
