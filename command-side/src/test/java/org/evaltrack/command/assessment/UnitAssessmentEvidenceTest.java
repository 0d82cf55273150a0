package org.evaltrack.command.assessment;

import static org.evaltrack.command.assessment.AssessmentExamples.AHEAD;
import static org.evaltrack.command.assessment.AssessmentExamples.ASSESSMENT;
import static org.evaltrack.command.assessment.AssessmentExamples.DONGSHAN;
import static org.evaltrack.command.assessment.AssessmentExamples.EVIDENCE;
import static org.evaltrack.command.assessment.AssessmentExamples.HUANGSANG;
import static org.evaltrack.command.assessment.AssessmentExamples.LEADER;
import static org.evaltrack.command.assessment.AssessmentExamples.OPENED;
import static org.evaltrack.command.assessment.AssessmentExamples.OTHER_ASSESSMENT;
import static org.evaltrack.command.assessment.AssessmentExamples.PASSED;
import static org.evaltrack.command.assessment.AssessmentExamples.SCHEME;
import static org.evaltrack.command.assessment.AssessmentExamples.SHA;
import static org.evaltrack.command.assessment.AssessmentExamples.TASK;
import static org.evaltrack.command.assessment.AssessmentExamples.attached;
import static org.evaltrack.command.assessment.AssessmentExamples.submitted;

import java.time.Instant;
import java.util.Set;
import org.evaltrack.command.domain.Actors;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AcceptCaptureTime;
import org.evaltrack.kernel.assessment.AttachEvidence;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceCaptureTimeAccepted;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.EvidenceRejected;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.assessment.RejectEvidence;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.assessment.WithdrawEvidence;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

class UnitAssessmentEvidenceTest extends UnitAssessmentFixture {

    private static final Instant CAPTURED = Instant.parse("2020-01-04T08:00:00Z");

    private static AttachEvidence attach(Set<String> indicators, Set<TaskId> taskIds) {
        return attach(EVIDENCE, SHA, 1024, indicators, taskIds, CAPTURED);
    }

    private static AttachEvidence attach(EvidenceId id, String sha, long size, Set<String> indicators,
                                         Set<TaskId> taskIds, Instant capturedAt) {
        return new AttachEvidence(ASSESSMENT, id, "photo.jpg", "image/jpeg", size, sha, indicators, taskIds,
                capturedAt);
    }

    private static EvidenceAttached received(Set<String> indicators, Set<TaskId> taskIds, Instant due, boolean late) {
        return new EvidenceAttached(ASSESSMENT, DONGSHAN, EVIDENCE, "photo.jpg", "image/jpeg", 1024, SHA, indicators,
                taskIds, FixedClock.NOW, CAPTURED, due, late);
    }

    private static final ReviewFinalized FINALIZED = new ReviewFinalized(ASSESSMENT, SCHEME, DONGSHAN, Score.ZERO,
            Score.ZERO, Score.ZERO, false, FixedClock.NOW);

    @Test
    void submitterAttachesEvidenceBeforeTheDeadline() {
        tasks.add(TASK, ASSESSMENT, LEADER);
        fixture.given(OPENED)
                .when(attach(Set.of("1.1.1"), Set.of(TASK)), Actors.submitter(DONGSHAN))
                .expectEvents(received(Set.of("1.1.1"), Set.of(TASK), AHEAD.evidenceDue(), false));
    }

    @Test
    void evidenceAfterTheDeadlineIsAcceptedAndMarkedLate() {
        deadlinesHavePassed();
        fixture.given(OPENED)
                .when(attach(Set.of("1.1.1"), Set.of()), Actors.submitter(DONGSHAN))
                .expectEvents(received(Set.of("1.1.1"), Set.of(), PASSED.evidenceDue(), true));
    }

    @Test
    void leaderAttachesEvidenceToTheirOwnTask() {
        tasks.add(TASK, ASSESSMENT, LEADER);
        fixture.given(OPENED)
                .when(attach(Set.of(), Set.of(TASK)), Actors.leader(LEADER.value()))
                .expectEvents(received(Set.of(), Set.of(TASK), AHEAD.evidenceDue(), false));
    }

    @Test
    void leaderMayNotAttachEvidenceToAnotherLeadersTask() {
        TaskId theirs = TaskId.of("t-2");
        tasks.add(TASK, ASSESSMENT, LEADER).add(theirs, ASSESSMENT, UserId.of("u-tang"));
        refused(fixture.given(OPENED).when(attach(Set.of(), Set.of(TASK, theirs)), Actors.leader(LEADER.value())),
                ErrorCode.NOT_YOUR_TASK);
    }

    @Test
    void leaderBoundToTheUnitAttachesEvidenceToTheirOwnTask() {
        tasks.add(TASK, ASSESSMENT, LEADER);
        fixture.given(OPENED)
                .when(attach(Set.of(), Set.of(TASK)), Actors.leaderOf(DONGSHAN, LEADER.value()))
                .expectEvents(received(Set.of(), Set.of(TASK), AHEAD.evidenceDue(), false));
    }

    @Test
    void leaderBoundToAnotherUnitMayNotAttachEvidenceEvenToTheirOwnTask() {
        tasks.add(TASK, ASSESSMENT, LEADER);
        refused(fixture.given(OPENED).when(attach(Set.of(), Set.of(TASK)), Actors.leaderOf(HUANGSANG, LEADER.value())),
                ErrorCode.OTHER_UNIT);
    }

    @Test
    void leaderMayNotAttachEvidenceToIndicatorsAlone() {
        refused(fixture.given(OPENED).when(attach(Set.of("1.1.1"), Set.of()), Actors.leader(LEADER.value())),
                ErrorCode.NOT_YOUR_TASK);
    }

    @Test
    void reviewerMayNotAttachEvidence() {
        refused(fixture.given(OPENED).when(attach(Set.of("1.1.1"), Set.of()), Actors.reviewer()),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void submitterOfAnotherUnitMayNotAttachEvidence() {
        refused(fixture.given(OPENED).when(attach(Set.of("1.1.1"), Set.of()), Actors.submitter(HUANGSANG)),
                ErrorCode.OTHER_UNIT);
    }

    @Test
    void submittedAssessmentStillTakesEvidence() {
        fixture.given(OPENED, submitted("0", "0"))
                .when(attach(Set.of("1.1.1"), Set.of()), Actors.admin())
                .expectEvents(received(Set.of("1.1.1"), Set.of(), AHEAD.evidenceDue(), false));
    }

    @Test
    void finalizedAssessmentTakesNoEvidence() {
        refused(fixture.given(OPENED, submitted("0", "0"), FINALIZED)
                        .when(attach(Set.of("1.1.1"), Set.of()), Actors.submitter(DONGSHAN)),
                ErrorCode.ASSESSMENT_FINALIZED);
    }

    @Test
    void evidenceMustServeAnIndicatorOrATask() {
        refused(fixture.given(OPENED).when(attach(Set.of(), Set.of()), Actors.submitter(DONGSHAN)),
                ErrorCode.EVIDENCE_TARGET_REQUIRED);
    }

    @Test
    void evidenceForAnUnknownIndicatorIsRefused() {
        refused(fixture.given(OPENED).when(attach(Set.of("1.1.1", "8.8.8"), Set.of()), Actors.submitter(DONGSHAN)),
                ErrorCode.INDICATOR_NOT_FOUND);
    }

    @Test
    void evidenceForAnUnknownTaskIsRefused() {
        refused(fixture.given(OPENED).when(attach(Set.of(), Set.of(TASK)), Actors.submitter(DONGSHAN)),
                ErrorCode.TASK_NOT_FOUND);
    }

    @Test
    void evidenceForAnotherAssessmentsTaskIsRefused() {
        tasks.add(TASK, OTHER_ASSESSMENT, LEADER);
        refused(fixture.given(OPENED).when(attach(Set.of(), Set.of(TASK)), Actors.submitter(DONGSHAN)),
                ErrorCode.TASK_OF_OTHER_ASSESSMENT);
    }

    @Test
    void clientHashThatMatchesIsRecordedAsVerified() {
        AttachEvidence withClientHash = new AttachEvidence(ASSESSMENT, EVIDENCE, "photo.jpg", "image/jpeg", 1024, SHA,
                Set.of("1.1.1"), Set.of(), CAPTURED, SHA);
        fixture.given(OPENED)
                .when(withClientHash, Actors.submitter(DONGSHAN))
                .expectEvents(new EvidenceAttached(ASSESSMENT, DONGSHAN, EVIDENCE, "photo.jpg", "image/jpeg", 1024, SHA,
                        Set.of("1.1.1"), Set.of(), FixedClock.NOW, CAPTURED, AHEAD.evidenceDue(), false, true));
    }

    @Test
    void clientHashThatDiffersFromTheReceivedBytesIsRefused() {
        AttachEvidence withOtherHash = new AttachEvidence(ASSESSMENT, EVIDENCE, "photo.jpg", "image/jpeg", 1024, SHA,
                Set.of("1.1.1"), Set.of(), CAPTURED, "0".repeat(64));
        refused(fixture.given(OPENED).when(withOtherHash, Actors.submitter(DONGSHAN)),
                ErrorCode.EVIDENCE_HASH_MISMATCH);
    }

    @Test
    void evidenceIdIsUsedOnlyOnce() {
        refused(fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(), null))
                        .when(attach(Set.of("1.1.2"), Set.of()), Actors.submitter(DONGSHAN)),
                ErrorCode.EVIDENCE_EXISTS);
    }

    @Test
    void uppercaseHashIsRefused() {
        refused(fixture.given(OPENED)
                        .when(attach(EVIDENCE, SHA.toUpperCase(), 1024, Set.of("1.1.1"), Set.of(), null),
                                Actors.submitter(DONGSHAN)),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void shortHashIsRefused() {
        refused(fixture.given(OPENED)
                        .when(attach(EVIDENCE, SHA.substring(1), 1024, Set.of("1.1.1"), Set.of(), null),
                                Actors.submitter(DONGSHAN)),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void emptyFileIsRefused() {
        refused(fixture.given(OPENED)
                        .when(attach(EVIDENCE, SHA, 0, Set.of("1.1.1"), Set.of(), null), Actors.submitter(DONGSHAN)),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void withdrawnEvidenceNamesTheIndicatorsAndTasksItServed() {
        fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(TASK), null))
                .when(new WithdrawEvidence(ASSESSMENT, EVIDENCE, "wrong file"), Actors.submitter(DONGSHAN))
                .expectEvents(new EvidenceWithdrawn(ASSESSMENT, EVIDENCE, Set.of("1.1.1"), Set.of(TASK), "wrong file"));
    }

    @Test
    void withdrawalNeedsAReason() {
        refused(fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(), null))
                        .when(new WithdrawEvidence(ASSESSMENT, EVIDENCE, " "), Actors.submitter(DONGSHAN)),
                ErrorCode.REASON_REQUIRED);
    }

    @Test
    void unknownEvidenceIsNotWithdrawn() {
        refused(fixture.given(OPENED)
                        .when(new WithdrawEvidence(ASSESSMENT, EVIDENCE, "wrong file"), Actors.submitter(DONGSHAN)),
                ErrorCode.EVIDENCE_NOT_FOUND);
    }

    @Test
    void withdrawnEvidenceIsNotWithdrawnAgain() {
        refused(fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(), null),
                                new EvidenceWithdrawn(ASSESSMENT, EVIDENCE, Set.of("1.1.1"), Set.of(), "first"))
                        .when(new WithdrawEvidence(ASSESSMENT, EVIDENCE, "again"), Actors.admin()),
                ErrorCode.EVIDENCE_NOT_ACTIVE);
    }

    @Test
    void reviewerMayNotWithdrawEvidence() {
        refused(fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(), null))
                        .when(new WithdrawEvidence(ASSESSMENT, EVIDENCE, "x"), Actors.reviewer()),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void reviewerRejectsEvidence() {
        fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(TASK), null))
                .when(new RejectEvidence(ASSESSMENT, EVIDENCE, "illegible"), Actors.reviewer())
                .expectEvents(new EvidenceRejected(ASSESSMENT, EVIDENCE, Set.of("1.1.1"), Set.of(TASK), "illegible"));
    }

    @Test
    void rejectionNeedsAReason() {
        refused(fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(), null))
                        .when(new RejectEvidence(ASSESSMENT, EVIDENCE, null), Actors.reviewer()),
                ErrorCode.REASON_REQUIRED);
    }

    @Test
    void submitterMayNotRejectEvidence() {
        refused(fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(), null))
                        .when(new RejectEvidence(ASSESSMENT, EVIDENCE, "x"), Actors.submitter(DONGSHAN)),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void withdrawnEvidenceIsNotRejected() {
        refused(fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(), null),
                                new EvidenceWithdrawn(ASSESSMENT, EVIDENCE, Set.of("1.1.1"), Set.of(), "gone"))
                        .when(new RejectEvidence(ASSESSMENT, EVIDENCE, "x"), Actors.reviewer()),
                ErrorCode.EVIDENCE_NOT_ACTIVE);
    }

    @Test
    void acceptedCaptureTimeJudgesLatenessAnew() {
        deadlinesHavePassed();
        Instant capturedBeforeDue = PASSED.evidenceDue().minusSeconds(3600);
        fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(), capturedBeforeDue))
                .when(new AcceptCaptureTime(ASSESSMENT, EVIDENCE, "platform outage"), Actors.reviewer())
                .expectEvents(new EvidenceCaptureTimeAccepted(ASSESSMENT, EVIDENCE, capturedBeforeDue,
                        PASSED.evidenceDue(), false, "platform outage"));
    }

    @Test
    void acceptedCaptureTimeAfterTheDeadlineIsStillLate() {
        deadlinesHavePassed();
        Instant capturedAfterDue = PASSED.evidenceDue().plusSeconds(60);
        fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(), capturedAfterDue))
                .when(new AcceptCaptureTime(ASSESSMENT, EVIDENCE, "checked"), Actors.reviewer())
                .expectEvents(new EvidenceCaptureTimeAccepted(ASSESSMENT, EVIDENCE, capturedAfterDue,
                        PASSED.evidenceDue(), true, "checked"));
    }

    @Test
    void evidenceWithoutACaptureTimeHasNoneToAccept() {
        refused(fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(), null))
                        .when(new AcceptCaptureTime(ASSESSMENT, EVIDENCE, "x"), Actors.reviewer()),
                ErrorCode.NO_CAPTURE_TIME);
    }

    @Test
    void captureTimeOfUnknownEvidenceIsNotAccepted() {
        refused(fixture.given(OPENED).when(new AcceptCaptureTime(ASSESSMENT, EVIDENCE, "x"), Actors.reviewer()),
                ErrorCode.EVIDENCE_NOT_FOUND);
    }

    @Test
    void submitterMayNotAcceptItsOwnCaptureTime() {
        refused(fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(), CAPTURED))
                        .when(new AcceptCaptureTime(ASSESSMENT, EVIDENCE, "x"), Actors.submitter(DONGSHAN)),
                ErrorCode.ROLE_NOT_ALLOWED);
    }
}
