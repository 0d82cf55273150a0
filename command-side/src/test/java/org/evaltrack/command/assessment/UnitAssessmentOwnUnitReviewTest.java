package org.evaltrack.command.assessment;

import static org.evaltrack.command.assessment.AssessmentExamples.ASSESSMENT;
import static org.evaltrack.command.assessment.AssessmentExamples.DONGSHAN;
import static org.evaltrack.command.assessment.AssessmentExamples.EVIDENCE;
import static org.evaltrack.command.assessment.AssessmentExamples.HUANGSANG;
import static org.evaltrack.command.assessment.AssessmentExamples.OPENED;
import static org.evaltrack.command.assessment.AssessmentExamples.POVERTY;
import static org.evaltrack.command.assessment.AssessmentExamples.SCHEME;
import static org.evaltrack.command.assessment.AssessmentExamples.attached;
import static org.evaltrack.command.assessment.AssessmentExamples.bonusClaimed;
import static org.evaltrack.command.assessment.AssessmentExamples.claimed;
import static org.evaltrack.command.assessment.AssessmentExamples.submitted;

import java.util.Set;
import org.evaltrack.command.domain.Actors;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.kernel.assessment.AcceptCaptureTime;
import org.evaltrack.kernel.assessment.AdjustScore;
import org.evaltrack.kernel.assessment.ApplyVeto;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.FinalizeReview;
import org.evaltrack.kernel.assessment.LiftVeto;
import org.evaltrack.kernel.assessment.RejectBonusAward;
import org.evaltrack.kernel.assessment.RejectEvidence;
import org.evaltrack.kernel.assessment.ReopenAssessment;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.VerifyBonusAward;
import org.evaltrack.kernel.assessment.VetoApplied;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

/** A reviewer bound to the assessed unit judges none of its review steps; one bound elsewhere may. */
class UnitAssessmentOwnUnitReviewTest extends UnitAssessmentFixture {

    private static final VetoApplied VETOED = new VetoApplied(ASSESSMENT, "V1", "发生重大安全生产责任事故", "事故通报");

    @Test
    void reviewerOfTheAssessedUnitMayNotAdjustItsScores() {
        refused(fixture.given(OPENED, claimed(POVERTY, "15"), submitted("15", "0"))
                        .when(new AdjustScore(ASSESSMENT, "1.1.1", Score.of("13"), "r"), Actors.reviewerOf(DONGSHAN)),
                ErrorCode.OWN_UNIT_REVIEW);
    }

    @Test
    void reviewerOfAnotherUnitAdjustsScores() {
        fixture.given(OPENED, claimed(POVERTY, "15"), submitted("15", "0"))
                .when(new AdjustScore(ASSESSMENT, "1.1.1", Score.of("13"), "r"), Actors.reviewerOf(HUANGSANG))
                .expectEvents(new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", Score.of("15"),
                        Score.of("13"), Score.of("15"), "r"));
    }

    @Test
    void reviewerOfTheAssessedUnitMayNotVerifyABonus() {
        refused(fixture.given(OPENED, bonusClaimed("b-1", BonusLevel.MUNICIPAL_COMMENDATION, "市级表彰", "0.5", null),
                                submitted("0", "0.5"))
                        .when(new VerifyBonusAward(ASSESSMENT, BonusClaimId.of("b-1"), null), Actors.reviewerOf(DONGSHAN)),
                ErrorCode.OWN_UNIT_REVIEW);
    }

    @Test
    void reviewerOfTheAssessedUnitMayNotRejectABonus() {
        refused(fixture.given(OPENED, bonusClaimed("b-1", BonusLevel.MUNICIPAL_COMMENDATION, "市级表彰", "0.5", null),
                                submitted("0", "0.5"))
                        .when(new RejectBonusAward(ASSESSMENT, BonusClaimId.of("b-1"), "r"), Actors.reviewerOf(DONGSHAN)),
                ErrorCode.OWN_UNIT_REVIEW);
    }

    @Test
    void reviewerOfTheAssessedUnitMayNotRejectEvidence() {
        refused(fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(), null))
                        .when(new RejectEvidence(ASSESSMENT, EVIDENCE, "r"), Actors.reviewerOf(DONGSHAN)),
                ErrorCode.OWN_UNIT_REVIEW);
    }

    @Test
    void reviewerOfTheAssessedUnitMayNotAcceptACaptureTime() {
        refused(fixture.given(OPENED, attached(EVIDENCE, Set.of("1.1.1"), Set.of(), FixedClock.NOW))
                        .when(new AcceptCaptureTime(ASSESSMENT, EVIDENCE, "r"), Actors.reviewerOf(DONGSHAN)),
                ErrorCode.OWN_UNIT_REVIEW);
    }

    @Test
    void reviewerOfTheAssessedUnitMayNotApplyAVeto() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new ApplyVeto(ASSESSMENT, "V1", "x"), Actors.reviewerOf(DONGSHAN)),
                ErrorCode.OWN_UNIT_REVIEW);
    }

    @Test
    void reviewerOfTheAssessedUnitMayNotLiftAVeto() {
        refused(fixture.given(OPENED, submitted("0", "0"), VETOED)
                        .when(new LiftVeto(ASSESSMENT, "V1", "x"), Actors.reviewerOf(DONGSHAN)),
                ErrorCode.OWN_UNIT_REVIEW);
    }

    @Test
    void reviewerOfTheAssessedUnitMayNotFinalize() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new FinalizeReview(ASSESSMENT), Actors.reviewerOf(DONGSHAN)),
                ErrorCode.OWN_UNIT_REVIEW);
    }

    @Test
    void reviewerOfTheAssessedUnitMayNotReopen() {
        refused(fixture.given(OPENED, submitted("0", "0"))
                        .when(new ReopenAssessment(ASSESSMENT, "r"), Actors.reviewerOf(DONGSHAN)),
                ErrorCode.OWN_UNIT_REVIEW);
    }
}
