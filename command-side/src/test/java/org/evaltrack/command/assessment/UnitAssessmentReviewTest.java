package org.evaltrack.command.assessment;

import static org.evaltrack.command.assessment.AssessmentExamples.ASSESSMENT;
import static org.evaltrack.command.assessment.AssessmentExamples.DONGSHAN;
import static org.evaltrack.command.assessment.AssessmentExamples.HUANGSANG;
import static org.evaltrack.command.assessment.AssessmentExamples.OPENED;
import static org.evaltrack.command.assessment.AssessmentExamples.POVERTY;
import static org.evaltrack.command.assessment.AssessmentExamples.REFORM;
import static org.evaltrack.command.assessment.AssessmentExamples.RISK;
import static org.evaltrack.command.assessment.AssessmentExamples.SCHEME;
import static org.evaltrack.command.assessment.AssessmentExamples.bonusClaimed;
import static org.evaltrack.command.assessment.AssessmentExamples.claimed;
import static org.evaltrack.command.assessment.AssessmentExamples.submitted;

import org.evaltrack.command.domain.Actors;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.kernel.assessment.AdjustScore;
import org.evaltrack.kernel.assessment.ApplyVeto;
import org.evaltrack.kernel.assessment.AssessmentReopened;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.BonusAwardRejected;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.FinalizeReview;
import org.evaltrack.kernel.assessment.LiftVeto;
import org.evaltrack.kernel.assessment.ReopenAssessment;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.assessment.VetoApplied;
import org.evaltrack.kernel.assessment.VetoLifted;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

class UnitAssessmentReviewTest extends UnitAssessmentFixture {

    private static final ReviewFinalized FINALIZED = new ReviewFinalized(ASSESSMENT, SCHEME, DONGSHAN, Score.of("15"),
            Score.ZERO, Score.of("15"), false, FixedClock.NOW);
    private static final VetoApplied VETOED = new VetoApplied(ASSESSMENT, "V1", "发生重大安全生产责任事故", "事故通报");

    private static BonusAwardVerified verified(String id, BonusLevel level, String points) {
        return new BonusAwardVerified(ASSESSMENT, BonusClaimId.of(id), level, Score.of(points), null);
    }

    @Test
    void reviewerAdjustsAClaimedScoreWithBeforeAndAfter() {
        fixture.given(OPENED, claimed(POVERTY, "15"), submitted("15", "0"))
                .when(new AdjustScore(ASSESSMENT, "1.1.1", Score.of("13.5"), "两户未脱贫"), Actors.reviewer())
                .expectEvents(new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", Score.of("15"),
                        Score.of("13.5"), Score.of("15"), "两户未脱贫"));
    }

    @Test
    void adjustingAnUnclaimedIndicatorHasNoPreviousScore() {
        fixture.given(OPENED, submitted("0", "0"))
                .when(new AdjustScore(ASSESSMENT, "1.1.2", Score.of("4"), "no claim written"), Actors.reviewer())
                .expectEvents(new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.1.2", null, Score.of("4"),
                        Score.of("5"), "no claim written"));
    }

    @Test
    void secondAdjustmentStartsFromTheFirst() {
        fixture.given(OPENED, claimed(POVERTY, "15"), submitted("15", "0"),
                        new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", Score.of("15"), Score.of("13"),
                                Score.of("15"), "first"))
                .when(new AdjustScore(ASSESSMENT, "1.1.1", Score.of("14"), "second look"), Actors.reviewer())
                .expectEvents(new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", Score.of("13"),
                        Score.of("14"), Score.of("15"), "second look"));
    }

    @Test
    void scoresAreNotAdjustedBeforeSubmission() {
        refused(fixture.given(OPENED, claimed(POVERTY, "15"))
                        .when(new AdjustScore(ASSESSMENT, "1.1.1", Score.of("13"), "r"), Actors.reviewer()),
                ErrorCode.NOT_SUBMITTED);
    }

    @Test
    void scoresAreNotAdjustedAfterFinalization() {
        refused(fixture.given(OPENED, submitted("0", "0"), FINALIZED)
                        .when(new AdjustScore(ASSESSMENT, "1.1.1", Score.of("13"), "r"), Actors.reviewer()),
                ErrorCode.ASSESSMENT_FINALIZED);
    }

    @Test
    void adjustmentNeedsAReason() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new AdjustScore(ASSESSMENT, "1.1.1", Score.of("13"), " "), Actors.reviewer()),
                ErrorCode.REASON_REQUIRED);
    }

    @Test
    void adjustmentOutsideTheIndicatorsRangeIsRefused() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new AdjustScore(ASSESSMENT, "1.1.2", Score.of("5.01"), "r"), Actors.reviewer()),
                ErrorCode.SCORE_OUT_OF_RANGE);
    }

    @Test
    void adjustmentOfAnUnknownIndicatorIsRefused() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new AdjustScore(ASSESSMENT, "4.4.4", Score.of("1"), "r"), Actors.reviewer()),
                ErrorCode.INDICATOR_NOT_FOUND);
    }

    @Test
    void adminMayNotAdjustScores() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new AdjustScore(ASSESSMENT, "1.1.1", Score.of("13"), "r"), Actors.admin()),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void submitterMayNotAdjustItsOwnScores() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new AdjustScore(ASSESSMENT, "1.1.1", Score.of("13"), "r"), Actors.submitter(DONGSHAN)),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void submitterOfAnotherUnitIsToldItIsAnotherUnitBeforeItsRole() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new AdjustScore(ASSESSMENT, "1.1.1", Score.of("13"), "r"), Actors.submitter(HUANGSANG)),
                ErrorCode.OTHER_UNIT);
    }

    @Test
    void reviewerAppliesAVetoByItsSchemeCondition() {
        fixture.given(OPENED, submitted("0", "0"))
                .when(new ApplyVeto(ASSESSMENT, "V1", "事故通报"), Actors.reviewer())
                .expectEvents(VETOED);
    }

    @Test
    void vetoConditionMustExistInTheScheme() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new ApplyVeto(ASSESSMENT, "V9", "x"), Actors.reviewer()),
                ErrorCode.VETO_CONDITION_NOT_FOUND);
    }

    @Test
    void vetoIsAppliedOnlyOnce() {
        refused(fixture.given(OPENED, submitted("0", "0"), VETOED)
                        .when(new ApplyVeto(ASSESSMENT, "V1", "again"), Actors.reviewer()),
                ErrorCode.VETO_ALREADY_APPLIED);
    }

    @Test
    void vetoNeedsAReason() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new ApplyVeto(ASSESSMENT, "V1", null), Actors.reviewer()),
                ErrorCode.REASON_REQUIRED);
    }

    @Test
    void vetoIsNotAppliedBeforeSubmission() {
        refused(fixture.given(OPENED).when(new ApplyVeto(ASSESSMENT, "V1", "x"), Actors.reviewer()),
                ErrorCode.NOT_SUBMITTED);
    }

    @Test
    void adminMayNotApplyAVeto() {
        refused(fixture.given(OPENED, submitted("0", "0")).when(new ApplyVeto(ASSESSMENT, "V1", "x"), Actors.admin()),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void appliedVetoIsLifted() {
        fixture.given(OPENED, submitted("0", "0"), VETOED)
                .when(new LiftVeto(ASSESSMENT, "V1", "事故认定有误"), Actors.reviewer())
                .expectEvents(new VetoLifted(ASSESSMENT, "V1", "事故认定有误"));
    }

    @Test
    void vetoNotAppliedIsNotLifted() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new LiftVeto(ASSESSMENT, "V1", "x"), Actors.reviewer()),
                ErrorCode.VETO_NOT_APPLIED);
    }

    @Test
    void liftingNeedsAReason() {
        refused(fixture.given(OPENED, submitted("0", "0"), VETOED)
                        .when(new LiftVeto(ASSESSMENT, "V1", ""), Actors.reviewer()),
                ErrorCode.REASON_REQUIRED);
    }

    @Test
    void finalizationTotalsEffectiveScoresAndCapsTheBonus() {
        fixture.given(OPENED, claimed(POVERTY, "15"), claimed(RISK, "5"),
                        bonusClaimed("b-1", BonusLevel.CENTRAL_MEDIA, "一", "0.5", null),
                        bonusClaimed("b-2", BonusLevel.CENTRAL_MEDIA, "二", "0.5", null),
                        bonusClaimed("b-3", BonusLevel.MUNICIPAL_COMMENDATION, "三", "0.5", null),
                        submitted("20", "1.5"),
                        new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", Score.of("15"),
                                Score.of("13.5"), Score.of("15"), "r"),
                        verified("b-1", BonusLevel.CENTRAL_MEDIA, "0.5"),
                        verified("b-2", BonusLevel.CENTRAL_MEDIA, "0.5"),
                        verified("b-3", BonusLevel.MUNICIPAL_COMMENDATION, "0.5"))
                .when(new FinalizeReview(ASSESSMENT), Actors.reviewer())
                .expectEvents(new ReviewFinalized(ASSESSMENT, SCHEME, DONGSHAN, Score.of("18.5"), Score.of("1"),
                        Score.of("19.5"), false, FixedClock.NOW));
    }

    @Test
    void finalizationSubtractsADeductionOnlyItemFromTheBase() {
        fixture.given(OPENED, claimed(POVERTY, "15"), claimed(REFORM, "-1.5"), submitted("13.5", "0"))
                .when(new FinalizeReview(ASSESSMENT), Actors.reviewer())
                .expectEvents(new ReviewFinalized(ASSESSMENT, SCHEME, DONGSHAN, Score.of("13.5"), Score.ZERO,
                        Score.of("13.5"), false, FixedClock.NOW));
    }

    @Test
    void finalizationCountsOnlyVerifiedBonus() {
        fixture.given(OPENED, claimed(POVERTY, "15"),
                        bonusClaimed("b-1", BonusLevel.PROVINCIAL_MEDIA, "一", "0.3", null),
                        bonusClaimed("b-2", BonusLevel.CENTRAL_MEDIA, "二", "0.5", null),
                        submitted("15", "0.8"),
                        verified("b-1", BonusLevel.PROVINCIAL_MEDIA, "0.3"),
                        new BonusAwardRejected(ASSESSMENT, BonusClaimId.of("b-2"), BonusLevel.CENTRAL_MEDIA,
                                Score.of("0.5"), null, "no proof"))
                .when(new FinalizeReview(ASSESSMENT), Actors.reviewer())
                .expectEvents(new ReviewFinalized(ASSESSMENT, SCHEME, DONGSHAN, Score.of("15"), Score.of("0.3"),
                        Score.of("15.3"), false, FixedClock.NOW));
    }

    @Test
    void finalizationRecordsAVetoInForce() {
        fixture.given(OPENED, claimed(POVERTY, "15"), submitted("15", "0"), VETOED)
                .when(new FinalizeReview(ASSESSMENT), Actors.reviewer())
                .expectEvents(new ReviewFinalized(ASSESSMENT, SCHEME, DONGSHAN, Score.of("15"), Score.ZERO,
                        Score.of("15"), true, FixedClock.NOW));
    }

    @Test
    void liftedVetoDoesNotCountAtFinalization() {
        fixture.given(OPENED, claimed(POVERTY, "15"), submitted("15", "0"), VETOED,
                        new VetoLifted(ASSESSMENT, "V1", "wrong"))
                .when(new FinalizeReview(ASSESSMENT), Actors.reviewer())
                .expectEvents(FINALIZED);
    }

    @Test
    void undecidedBonusClaimsBlockFinalization() {
        refused(fixture.given(OPENED, bonusClaimed("b-1", BonusLevel.CENTRAL_MEDIA, "一", "0.5", null),
                                submitted("0", "0.5"))
                        .when(new FinalizeReview(ASSESSMENT), Actors.reviewer()),
                ErrorCode.BONUS_PENDING);
    }

    @Test
    void openAssessmentIsNotFinalized() {
        refused(fixture.given(OPENED).when(new FinalizeReview(ASSESSMENT), Actors.reviewer()), ErrorCode.NOT_SUBMITTED);
    }

    @Test
    void finalizedAssessmentIsNotFinalizedAgain() {
        refused(fixture.given(OPENED, submitted("0", "0"), FINALIZED)
                        .when(new FinalizeReview(ASSESSMENT), Actors.reviewer()),
                ErrorCode.ASSESSMENT_FINALIZED);
    }

    @Test
    void submitterMayNotFinalize() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new FinalizeReview(ASSESSMENT), Actors.submitter(DONGSHAN)),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void reopeningASubmittedAssessmentOpensItForClaims() {
        fixture.given(OPENED, submitted("0", "0"))
                .when(new ReopenAssessment(ASSESSMENT, "补充材料"), Actors.reviewer())
                .expectEvents(new AssessmentReopened(ASSESSMENT, AssessmentStatus.SUBMITTED, AssessmentStatus.OPEN,
                        "补充材料"));
    }

    @Test
    void reopeningAFinalizedAssessmentReturnsItToReview() {
        fixture.given(OPENED, submitted("0", "0"), FINALIZED)
                .when(new ReopenAssessment(ASSESSMENT, "复核"), Actors.admin())
                .expectEvents(new AssessmentReopened(ASSESSMENT, AssessmentStatus.FINALIZED,
                        AssessmentStatus.SUBMITTED, "复核"));
    }

    @Test
    void reopenedFinalizedAssessmentTakesAdjustmentsAgain() {
        fixture.given(OPENED, claimed(POVERTY, "15"), submitted("15", "0"), FINALIZED,
                        new AssessmentReopened(ASSESSMENT, AssessmentStatus.FINALIZED, AssessmentStatus.SUBMITTED, "复核"))
                .when(new AdjustScore(ASSESSMENT, "1.1.1", Score.of("14"), "复核"), Actors.reviewer())
                .expectEvents(new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", Score.of("15"),
                        Score.of("14"), Score.of("15"), "复核"));
    }

    @Test
    void openAssessmentIsNotReopened() {
        refused(fixture.given(OPENED).when(new ReopenAssessment(ASSESSMENT, "x"), Actors.reviewer()),
                ErrorCode.NOT_REOPENABLE);
    }

    @Test
    void reopeningNeedsAReason() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new ReopenAssessment(ASSESSMENT, " "), Actors.reviewer()),
                ErrorCode.REASON_REQUIRED);
    }

    @Test
    void submitterMayNotReopen() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new ReopenAssessment(ASSESSMENT, "x"), Actors.submitter(DONGSHAN)),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void leaderMayNotReopen() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new ReopenAssessment(ASSESSMENT, "x"), Actors.leader("u-yang")),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void liftingAnUnknownConditionIsRefused() {
        refused(fixture.given(OPENED, submitted("0", "0"), VETOED)
                        .when(new LiftVeto(ASSESSMENT, "V9", "x"), Actors.reviewer()),
                ErrorCode.VETO_CONDITION_NOT_FOUND);
    }

    @Test
    void vetoIsNotLiftedAfterFinalization() {
        refused(fixture.given(OPENED, submitted("0", "0"), VETOED, FINALIZED)
                        .when(new LiftVeto(ASSESSMENT, "V1", "x"), Actors.reviewer()),
                ErrorCode.ASSESSMENT_FINALIZED);
    }
}
