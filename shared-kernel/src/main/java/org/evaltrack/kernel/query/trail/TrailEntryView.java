package org.evaltrack.kernel.query.trail;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import java.util.List;

import org.evaltrack.kernel.assessment.AfterTheFact;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;

/**
 * One row of the audit trail: one change caused by one event (an event about several indicators,
 * such as evidence serving three of them, gives one row per indicator).
 *
 * @param scoreBefore            the score before the change: previous claim, previous effective score, or the bonus
 *                               claim's points; null when there was none or the row changes no score
 * @param scoreAfter             the score after the change; null when the row changes no score
 * @param stateBefore            a state other than a score before the change (status, veto, lateness); null when none
 * @param stateAfter             that state after the change
 * @param subjectId              what the row is about besides the indicator: evidence id, bonus claim id or veto condition code
 * @param subjectName            its file name, title or condition name
 * @param duplicateOf            for a bonus claim: the earlier claim it duplicates, if any
 * @param duplicate              for a bonus claim: it duplicates an earlier one
 * @param late                   for evidence: it arrived (or, after a capture time was accepted, counts as) after its deadline
 * @param reason                 the reason given: reviewer's reason, the unit's narrative for a claim, a verification note
 * @param changedAfterSubmission the row occurred while a submission of the assessment was in force
 * @param linkedEvidence         the event's own evidence, or for a score change the evidence active on the indicator at that moment
 * @param afterTheFact           补录: the date the change happened, the time it was recorded and why; null when entered live
 */
public record TrailEntryView(
        String eventId,
        int line,
        Instant occurredAt,
        AssessmentId assessmentId,
        UnitId unitId,
        TrailActor actor,
        TrailEntryKind kind,
        String indicatorCode,
        String indicatorName,
        Score scoreBefore,
        Score scoreAfter,
        String stateBefore,
        String stateAfter,
        String subjectId,
        String subjectName,
        String duplicateOf,
        boolean duplicate,
        Boolean late,
        String reason,
        boolean changedAfterSubmission,
        String correlationId,
        List<LinkedEvidence> linkedEvidence,
        AfterTheFact afterTheFact) {

    @JsonCreator
    public TrailEntryView {
        linkedEvidence = linkedEvidence == null ? List.of() : List.copyOf(linkedEvidence);
    }

    /** A row entered live. */
    public TrailEntryView(String eventId, int line, Instant occurredAt, AssessmentId assessmentId, UnitId unitId,
                          TrailActor actor, TrailEntryKind kind, String indicatorCode, String indicatorName,
                          Score scoreBefore, Score scoreAfter, String stateBefore, String stateAfter, String subjectId,
                          String subjectName, String duplicateOf, boolean duplicate, Boolean late, String reason,
                          boolean changedAfterSubmission, String correlationId, List<LinkedEvidence> linkedEvidence) {
        this(eventId, line, occurredAt, assessmentId, unitId, actor, kind, indicatorCode, indicatorName, scoreBefore,
                scoreAfter, stateBefore, stateAfter, subjectId, subjectName, duplicateOf, duplicate, late, reason,
                changedAfterSubmission, correlationId, linkedEvidence, null);
    }
}
