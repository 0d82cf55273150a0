package org.evaltrack.command.assessment;

import static org.evaltrack.command.assessment.AssessmentExamples.ASSESSMENT;
import static org.evaltrack.command.assessment.AssessmentExamples.DONGSHAN;
import static org.evaltrack.command.assessment.AssessmentExamples.EVIDENCE;
import static org.evaltrack.command.assessment.AssessmentExamples.OPENED;
import static org.evaltrack.command.assessment.AssessmentExamples.SCHEME;
import static org.evaltrack.command.assessment.AssessmentExamples.attached;
import static org.evaltrack.command.assessment.AssessmentExamples.bonusClaimed;
import static org.evaltrack.command.assessment.AssessmentExamples.submitted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.evaltrack.command.domain.Actors;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.kernel.assessment.AssessmentReopened;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.BonusAwardRejected;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.ClaimBonus;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.RejectBonusAward;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.assessment.VerifyBonusAward;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

class UnitAssessmentBonusTest extends UnitAssessmentFixture {

    private static final String TITLE = "《人民日报》报道东山侗族乡“四季花”";
    private static final BonusClaimed FIRST = bonusClaimed("b-1", BonusLevel.CENTRAL_MEDIA, TITLE, "0.5", null);
    private static final BonusClaimed SECOND =
            bonusClaimed("b-2", BonusLevel.CENTRAL_MEDIA, "人民日报 报道东山侗族乡 四季花", "0.5", "b-1");

    /** What {@code claim("b-1", CENTRAL_MEDIA, TITLE, none)} records when it is taken. */
    private static final BonusClaimed CLAIMED_B1 = new BonusClaimed(ASSESSMENT, BonusClaimId.of("b-1"),
            BonusLevel.CENTRAL_MEDIA, TITLE, BonusTitle.normalize(TITLE), "人民网", LocalDate.of(2019, 6, 1),
            Score.of("0.5"), Set.of(), null);

    private static ClaimBonus claim(String id, BonusLevel level, String title, Set<EvidenceId> evidence) {
        return new ClaimBonus(ASSESSMENT, BonusClaimId.of(id), level, title, "人民网", LocalDate.of(2019, 6, 1),
                evidence);
    }

    @Test
    void bonusClaimTakesItsPointsFromTheSchemeAndNormalizesItsTitle() {
        fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(), null))
                .when(claim("b-1", BonusLevel.PROVINCIAL_MEDIA, "《湖南日报》 推介", Set.of(EVIDENCE)),
                        Actors.submitter(DONGSHAN))
                .expectEvents(new BonusClaimed(ASSESSMENT, BonusClaimId.of("b-1"), BonusLevel.PROVINCIAL_MEDIA,
                        "《湖南日报》 推介", "湖南日报推介", "人民网", LocalDate.of(2019, 6, 1), Score.of("0.3"),
                        Set.of(EVIDENCE), null));
    }

    @Test
    void sameAwardClaimedAgainIsFlaggedAsADuplicateOfTheFirst() {
        fixture.given(OPENED, FIRST)
                .when(claim("b-2", BonusLevel.CENTRAL_MEDIA, "人民日报 报道东山侗族乡 四季花", Set.of()), Actors.admin())
                .expectEvents(new BonusClaimed(ASSESSMENT, BonusClaimId.of("b-2"), BonusLevel.CENTRAL_MEDIA,
                        "人民日报 报道东山侗族乡 四季花", "人民日报报道东山侗族乡四季花", "人民网", LocalDate.of(2019, 6, 1),
                        Score.of("0.5"), Set.of(), BonusClaimId.of("b-1")));
    }

    @Test
    void duplicateIsFlaggedAgainstTheEarliestClaimNotRejected() {
        BonusClaimed second = bonusClaimed("b-2", BonusLevel.CENTRAL_MEDIA, TITLE, "0.5", "b-1");
        fixture.given(OPENED, FIRST, second, submitted("0", "1.0"),
                        new BonusAwardRejected(ASSESSMENT, BonusClaimId.of("b-1"), BonusLevel.CENTRAL_MEDIA,
                                Score.of("0.5"), null, "not found on 人民网"),
                        new AssessmentReopened(ASSESSMENT, AssessmentStatus.SUBMITTED, AssessmentStatus.OPEN, "补报"))
                .when(claim("b-3", BonusLevel.CENTRAL_MEDIA, TITLE, Set.of()), Actors.submitter(DONGSHAN))
                .expectEvents(new BonusClaimed(ASSESSMENT, BonusClaimId.of("b-3"), BonusLevel.CENTRAL_MEDIA, TITLE,
                        BonusTitle.normalize(TITLE), "人民网", LocalDate.of(2019, 6, 1), Score.of("0.5"), Set.of(),
                        BonusClaimId.of("b-2")));
    }

    @Test
    void levelWithoutARuleInTheSchemeIsRefused() {
        refused(fixture.given(OPENED)
                        .when(claim("b-1", BonusLevel.NATIONAL_COMMENDATION, "全国先进", Set.of()),
                                Actors.submitter(DONGSHAN)),
                ErrorCode.BONUS_LEVEL_NOT_IN_SCHEME);
    }

    @Test
    void untitledBonusClaimIsRefused() {
        refused(fixture.given(OPENED)
                        .when(claim("b-1", BonusLevel.CENTRAL_MEDIA, "  ", Set.of()), Actors.submitter(DONGSHAN)),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void bonusClaimCitingUnknownEvidenceIsRefused() {
        refused(fixture.given(OPENED)
                        .when(claim("b-1", BonusLevel.CENTRAL_MEDIA, TITLE, Set.of(EVIDENCE)), Actors.submitter(DONGSHAN)),
                ErrorCode.EVIDENCE_NOT_FOUND);
    }

    @Test
    void bonusClaimIdIsUsedOnlyOnce() {
        refused(fixture.given(OPENED, FIRST)
                        .when(claim("b-1", BonusLevel.PROVINCIAL_MEDIA, "另一条", Set.of()), Actors.submitter(DONGSHAN)),
                ErrorCode.ALREADY_EXISTS);
    }

    @Test
    void bonusClaimsLockOnSubmission() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(claim("b-1", BonusLevel.CENTRAL_MEDIA, TITLE, Set.of()), Actors.submitter(DONGSHAN)),
                ErrorCode.CLAIMS_LOCKED);
    }

    @Test
    void bonusClaimAfterTheClaimsDeadlineIsRefused() {
        deadlinesHavePassed();
        refused(fixture.given(OPENED)
                        .when(claim("b-1", BonusLevel.CENTRAL_MEDIA, TITLE, Set.of()), Actors.submitter(DONGSHAN)),
                ErrorCode.CLAIMS_DEADLINE_PASSED);
    }

    @Test
    void bonusClaimOneSecondAfterTheClaimsDeadlineIsRefused() {
        claimsDueAt(FixedClock.NOW.minusSeconds(1));
        refused(fixture.given(OPENED)
                        .when(claim("b-1", BonusLevel.CENTRAL_MEDIA, TITLE, Set.of()), Actors.admin()),
                ErrorCode.CLAIMS_DEADLINE_PASSED);
    }

    @Test
    void bonusClaimOneSecondBeforeTheClaimsDeadlineIsTaken() {
        claimsDueAt(FixedClock.NOW.plusSeconds(1));
        fixture.given(OPENED)
                .when(claim("b-1", BonusLevel.CENTRAL_MEDIA, TITLE, Set.of()), Actors.submitter(DONGSHAN))
                .expectEvents(CLAIMED_B1);
    }

    @Test
    void bonusClaimAtTheClaimsDeadlineIsTaken() {
        claimsDueAt(FixedClock.NOW);
        fixture.given(OPENED)
                .when(claim("b-1", BonusLevel.CENTRAL_MEDIA, TITLE, Set.of()), Actors.submitter(DONGSHAN))
                .expectEvents(CLAIMED_B1);
    }

    @Test
    void reopenedAssessmentTakesBonusClaimsAfterTheDeadline() {
        deadlinesHavePassed();
        fixture.given(OPENED, submitted("0", "0"),
                        new AssessmentReopened(ASSESSMENT, AssessmentStatus.SUBMITTED, AssessmentStatus.OPEN, "补报"))
                .when(claim("b-1", BonusLevel.CENTRAL_MEDIA, TITLE, Set.of()), Actors.submitter(DONGSHAN))
                .expectEvents(CLAIMED_B1);
    }

    private void claimsDueAt(Instant claimsDue) {
        rulebook.put(AssessmentExamples.rules(SchemeRules.SchemeStatus.PUBLISHED,
                new Deadlines(claimsDue, AssessmentExamples.AHEAD.evidenceDue(), AssessmentExamples.AHEAD.reviewDue())));
    }

    @Test
    void reviewerMayNotClaimABonus() {
        refused(fixture.given(OPENED).when(claim("b-1", BonusLevel.CENTRAL_MEDIA, TITLE, Set.of()), Actors.reviewer()),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void reviewerVerifiesABonusClaim() {
        fixture.given(OPENED, FIRST, submitted("0", "0.5"))
                .when(new VerifyBonusAward(ASSESSMENT, BonusClaimId.of("b-1"), "seen on 人民网"), Actors.reviewer())
                .expectEvents(new BonusAwardVerified(ASSESSMENT, BonusClaimId.of("b-1"), BonusLevel.CENTRAL_MEDIA,
                        Score.of("0.5"), "seen on 人民网"));
    }

    @Test
    void bonusIsNotVerifiedBeforeSubmission() {
        refused(fixture.given(OPENED, FIRST)
                        .when(new VerifyBonusAward(ASSESSMENT, BonusClaimId.of("b-1"), null), Actors.reviewer()),
                ErrorCode.NOT_SUBMITTED);
    }

    @Test
    void bonusIsNotVerifiedAfterFinalization() {
        refused(fixture.given(OPENED, submitted("0", "0"),
                                new ReviewFinalized(ASSESSMENT, SCHEME, DONGSHAN, Score.ZERO, Score.ZERO, Score.ZERO,
                                        false, FixedClock.NOW))
                        .when(new VerifyBonusAward(ASSESSMENT, BonusClaimId.of("b-1"), null), Actors.reviewer()),
                ErrorCode.ASSESSMENT_FINALIZED);
    }

    @Test
    void decidedBonusClaimIsNotDecidedAgain() {
        refused(fixture.given(OPENED, FIRST, submitted("0", "0.5"),
                                new BonusAwardVerified(ASSESSMENT, BonusClaimId.of("b-1"), BonusLevel.CENTRAL_MEDIA,
                                        Score.of("0.5"), null))
                        .when(new RejectBonusAward(ASSESSMENT, BonusClaimId.of("b-1"), "changed my mind"),
                                Actors.reviewer()),
                ErrorCode.BONUS_ALREADY_DECIDED);
    }

    @Test
    void duplicateOfALiveClaimIsNotVerified() {
        refused(fixture.given(OPENED, FIRST, SECOND, submitted("0", "1.0"))
                        .when(new VerifyBonusAward(ASSESSMENT, BonusClaimId.of("b-2"), null), Actors.reviewer()),
                ErrorCode.BONUS_DUPLICATE);
    }

    @Test
    void duplicateOfARejectedClaimMayBeVerified() {
        fixture.given(OPENED, FIRST, SECOND, submitted("0", "1.0"),
                        new BonusAwardRejected(ASSESSMENT, BonusClaimId.of("b-1"), BonusLevel.CENTRAL_MEDIA,
                                Score.of("0.5"), null, "wrong date"))
                .when(new VerifyBonusAward(ASSESSMENT, BonusClaimId.of("b-2"), null), Actors.reviewer())
                .expectEvents(new BonusAwardVerified(ASSESSMENT, BonusClaimId.of("b-2"), BonusLevel.CENTRAL_MEDIA,
                        Score.of("0.5"), null));
    }

    @Test
    void rejectedDuplicateRecordsWhatItDuplicated() {
        fixture.given(OPENED, FIRST, SECOND, submitted("0", "1.0"))
                .when(new RejectBonusAward(ASSESSMENT, BonusClaimId.of("b-2"), "listed twice"), Actors.reviewer())
                .expectEvents(new BonusAwardRejected(ASSESSMENT, BonusClaimId.of("b-2"), BonusLevel.CENTRAL_MEDIA,
                        Score.of("0.5"), BonusClaimId.of("b-1"), "listed twice"));
    }

    @Test
    void bonusRejectionNeedsAReason() {
        refused(fixture.given(OPENED, FIRST, submitted("0", "0.5"))
                        .when(new RejectBonusAward(ASSESSMENT, BonusClaimId.of("b-1"), ""), Actors.reviewer()),
                ErrorCode.REASON_REQUIRED);
    }

    @Test
    void unknownBonusClaimIsNotDecided() {
        refused(fixture.given(OPENED, FIRST, submitted("0", "0.5"))
                        .when(new VerifyBonusAward(ASSESSMENT, BonusClaimId.of("b-9"), null), Actors.reviewer()),
                ErrorCode.BONUS_CLAIM_NOT_FOUND);
    }

    @Test
    void submitterMayNotVerifyItsOwnBonus() {
        refused(fixture.given(OPENED, FIRST, submitted("0", "0.5"))
                        .when(new VerifyBonusAward(ASSESSMENT, BonusClaimId.of("b-1"), null),
                                Actors.submitter(DONGSHAN)),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void bonusIsNotRejectedBeforeSubmission() {
        refused(fixture.given(OPENED, FIRST)
                        .when(new RejectBonusAward(ASSESSMENT, BonusClaimId.of("b-1"), "x"), Actors.reviewer()),
                ErrorCode.NOT_SUBMITTED);
    }

    @Test
    void submitterOfAnotherUnitMayNotClaimABonus() {
        refused(fixture.given(OPENED)
                        .when(claim("b-1", BonusLevel.CENTRAL_MEDIA, TITLE, Set.of()),
                                Actors.submitter(AssessmentExamples.HUANGSANG)),
                ErrorCode.OTHER_UNIT);
    }
}
