package org.evaltrack.command.assessment;

import static org.evaltrack.command.assessment.AssessmentExamples.ASSESSMENT;
import static org.evaltrack.command.assessment.AssessmentExamples.DECLARED;
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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evaltrack.command.domain.Actors;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.assessment.AssessmentReopened;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.BonusAwardRejected;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.assessment.SelfAssessmentSubmitted;
import org.evaltrack.kernel.assessment.SubmitSelfAssessment;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

class UnitAssessmentSubmissionTest extends UnitAssessmentFixture {

    private static final SubmitSelfAssessment SUBMIT = new SubmitSelfAssessment(ASSESSMENT, DECLARED);

    @Test
    void submissionKeepsTheDeclaredTotalsBesideTheSumsOfTheClaims() {
        fixture.given(OPENED, claimed(POVERTY, "15"), claimed(RISK, "5"), claimed(REFORM, "-0.5"),
                        bonusClaimed("b-1", BonusLevel.CENTRAL_MEDIA, "人民日报报道", "0.5", null),
                        bonusClaimed("b-2", BonusLevel.PROVINCIAL_MEDIA, "湖南日报报道", "0.3", null))
                .when(SUBMIT, Actors.submitter(DONGSHAN))
                .expectEvents(new SelfAssessmentSubmitted(ASSESSMENT, SCHEME, DONGSHAN, DECLARED, Score.of("19.5"),
                        Score.of("0.8"), FixedClock.NOW));
    }

    @Test
    void claimedBaseCountsOnlyTheLatestRevisionOfEachClaim() {
        ScoreClaimed revised = new ScoreClaimed(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", Score.of("15"), Score.of("12"),
                Score.of("15"), ScoringMode.STANDARD, "改", List.of(), 2);
        fixture.given(OPENED, claimed(POVERTY, "15"), revised)
                .when(SUBMIT, Actors.admin())
                .expectEvents(new SelfAssessmentSubmitted(ASSESSMENT, SCHEME, DONGSHAN, DECLARED, Score.of("12"),
                        Score.ZERO, FixedClock.NOW));
    }

    @Test
    void claimedBonusLeavesOutRejectedClaims() {
        fixture.given(OPENED,
                        bonusClaimed("b-1", BonusLevel.CENTRAL_MEDIA, "人民日报报道", "0.5", null),
                        bonusClaimed("b-2", BonusLevel.PROVINCIAL_MEDIA, "湖南日报报道", "0.3", null),
                        submitted("0", "0.8"),
                        new BonusAwardRejected(ASSESSMENT, BonusClaimId.of("b-1"), BonusLevel.CENTRAL_MEDIA,
                                Score.of("0.5"), null, "no proof"),
                        new AssessmentReopened(ASSESSMENT, AssessmentStatus.SUBMITTED, AssessmentStatus.OPEN, "补报"))
                .when(SUBMIT, Actors.submitter(DONGSHAN))
                .expectEvents(new SelfAssessmentSubmitted(ASSESSMENT, SCHEME, DONGSHAN, DECLARED, Score.ZERO,
                        Score.of("0.3"), FixedClock.NOW));
    }

    @Test
    void assessmentIsSubmittedOnlyOnce() {
        refused(fixture.given(OPENED, submitted("0", "0")).when(SUBMIT, Actors.submitter(DONGSHAN)),
                ErrorCode.ALREADY_SUBMITTED);
    }

    @Test
    void finalizedAssessmentIsNotSubmitted() {
        refused(fixture.given(OPENED, submitted("0", "0"),
                                new ReviewFinalized(ASSESSMENT, SCHEME, DONGSHAN, Score.ZERO, Score.ZERO, Score.ZERO,
                                        false, FixedClock.NOW))
                        .when(SUBMIT, Actors.admin()),
                ErrorCode.ASSESSMENT_FINALIZED);
    }

    @Test
    void reviewerMayNotSubmitForAUnit() {
        refused(fixture.given(OPENED).when(SUBMIT, Actors.reviewer()), ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void submitterOfAnotherUnitMayNotSubmit() {
        refused(fixture.given(OPENED).when(SUBMIT, Actors.submitter(HUANGSANG)), ErrorCode.OTHER_UNIT);
    }

    @Test
    void submitterWithoutAUnitInItsMetadataIsTreatedAsAnotherUnit() {
        Map<String, Object> metaData = new HashMap<>(Actors.submitter(DONGSHAN));
        metaData.remove(ActorMetaData.UNIT_ID);
        refused(fixture.given(OPENED).when(SUBMIT, metaData), ErrorCode.OTHER_UNIT);
    }
}
