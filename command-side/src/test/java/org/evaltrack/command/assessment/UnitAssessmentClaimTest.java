package org.evaltrack.command.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evaltrack.command.assessment.AssessmentExamples.ASSESSMENT;
import static org.evaltrack.command.assessment.AssessmentExamples.DONGSHAN;
import static org.evaltrack.command.assessment.AssessmentExamples.HUANGSANG;
import static org.evaltrack.command.assessment.AssessmentExamples.OPENED;
import static org.evaltrack.command.assessment.AssessmentExamples.POVERTY;
import static org.evaltrack.command.assessment.AssessmentExamples.REFORM;
import static org.evaltrack.command.assessment.AssessmentExamples.SCHEME;
import static org.evaltrack.command.assessment.AssessmentExamples.claimed;
import static org.evaltrack.command.assessment.AssessmentExamples.submitted;
import static org.evaltrack.command.domain.Refusals.hasCode;
import static org.evaltrack.command.domain.Refusals.hasDetails;
import static org.evaltrack.command.domain.Refusals.hasFacts;
import static org.evaltrack.command.domain.Checks.facts;

import java.math.BigDecimal;
import java.util.List;
import org.evaltrack.command.domain.Actors;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.kernel.assessment.AssessmentReopened;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.ClaimScore;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextNotAcceptedException;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

class UnitAssessmentClaimTest extends UnitAssessmentFixture {

    private static ClaimScore claim(String code, String score) {
        return new ClaimScore(ASSESSMENT, code, Score.of(score), "自评", List.of());
    }

    @Test
    void submitterClaimsAScoreForAnIndicator() {
        List<ReportedFigure> figures = List.of(new ReportedFigure("固定资产投资", new BigDecimal("1.79"), "亿元"));
        fixture.given(OPENED)
                .when(new ClaimScore(ASSESSMENT, "1.1.1", Score.of("15"), "脱贫攻坚成效明显", figures),
                        Actors.submitter(DONGSHAN))
                .expectEvents(new ScoreClaimed(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", null, Score.of("15"),
                        Score.of("15"), ScoringMode.STANDARD, "脱贫攻坚成效明显", figures, 1));
    }

    @Test
    void revisedClaimCarriesThePreviousClaimAndItsRevisionNumber() {
        fixture.given(OPENED, claimed(POVERTY, "15"))
                .when(claim("1.1.1", "14.5"), Actors.submitter(DONGSHAN))
                .expectEvents(new ScoreClaimed(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", Score.of("15"), Score.of("14.5"),
                        Score.of("15"), ScoringMode.STANDARD, "自评", List.of(), 2));
    }

    @Test
    void thirdRevisionIsNumberedThree() {
        ScoreClaimed second = new ScoreClaimed(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", Score.of("15"), Score.of("14"),
                Score.of("15"), ScoringMode.STANDARD, "自评", List.of(), 2);
        fixture.given(OPENED, claimed(POVERTY, "15"), second)
                .when(claim("1.1.1", "13"), Actors.admin())
                .expectEvents(new ScoreClaimed(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", Score.of("14"), Score.of("13"),
                        Score.of("15"), ScoringMode.STANDARD, "自评", List.of(), 3));
    }

    @Test
    void adminMayClaimOnBehalfOfAUnit() {
        fixture.given(OPENED)
                .when(claim("1.1.1", "15"), Actors.admin())
                .expectEvents(claimed(POVERTY, "15"));
    }

    @Test
    void reviewerMayNotClaim() {
        refused(fixture.given(OPENED).when(claim("1.1.1", "15"), Actors.reviewer()), ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void submitterOfAnotherUnitMayNotClaim() {
        refused(fixture.given(OPENED).when(claim("1.1.1", "15"), Actors.submitter(HUANGSANG)), ErrorCode.OTHER_UNIT);
    }

    @Test
    void unknownIndicatorIsRefused() {
        refused(fixture.given(OPENED).when(claim("9.9.9", "1"), Actors.submitter(DONGSHAN)),
                ErrorCode.INDICATOR_NOT_FOUND);
    }

    @Test
    void claimAboveTheMaximumIsRefusedWithTheAllowedRange() {
        fixture.given(OPENED)
                .when(claim("1.1.1", "15.5"), Actors.submitter(DONGSHAN))
                .expectNoEvents()
                .expectException(hasCode(ErrorCode.SCORE_OUT_OF_RANGE))
                .expectException(hasDetails(List.of("1.1.1", "15.50", "0.00", "15.00")))
                .expectException(hasFacts(List.of(facts("indicator", "1.1.1", "given", "15.50", "min", "0.00",
                        "max", "15.00"))));
    }

    @Test
    void negativeClaimOnAStandardIndicatorIsRefused() {
        refused(fixture.given(OPENED).when(claim("1.1.1", "-1"), Actors.submitter(DONGSHAN)),
                ErrorCode.SCORE_OUT_OF_RANGE);
    }

    @Test
    void deductionWithinTheFloorIsClaimed() {
        fixture.given(OPENED)
                .when(claim("2.1.3", "-1.5"), Actors.submitter(DONGSHAN))
                .expectEvents(new ScoreClaimed(ASSESSMENT, SCHEME, DONGSHAN, "2.1.3", null, Score.of("-1.5"),
                        Score.ZERO, ScoringMode.DEDUCTION_ONLY, "自评", List.of(), 1));
    }

    @Test
    void deductionOnlyIndicatorCannotGainPoints() {
        refused(fixture.given(OPENED).when(claim("2.1.3", "0.5"), Actors.submitter(DONGSHAN)),
                ErrorCode.SCORE_OUT_OF_RANGE);
    }

    @Test
    void deductionBelowTheFloorIsRefused() {
        fixture.given(OPENED)
                .when(claim("2.1.3", "-2.5"), Actors.submitter(DONGSHAN))
                .expectNoEvents()
                .expectException(hasCode(ErrorCode.SCORE_OUT_OF_RANGE))
                .expectException(hasDetails(List.of("2.1.3", "-2.50", "-2.00", "0.00")));
    }

    @Test
    void claimWithoutAScoreIsRefused() {
        refused(fixture.given(OPENED)
                        .when(new ClaimScore(ASSESSMENT, "1.1.1", null, "自评", List.of()), Actors.submitter(DONGSHAN)),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void claimAfterTheClaimsDeadlineIsRefused() {
        deadlinesHavePassed();
        refused(fixture.given(OPENED).when(claim("1.1.1", "15"), Actors.submitter(DONGSHAN)),
                ErrorCode.CLAIMS_DEADLINE_PASSED);
    }

    @Test
    void reopenedAssessmentTakesClaimsAfterTheDeadline() {
        deadlinesHavePassed();
        fixture.given(OPENED, submitted("0", "0"),
                        new AssessmentReopened(ASSESSMENT, AssessmentStatus.SUBMITTED, AssessmentStatus.OPEN, "补报"))
                .when(claim("1.1.1", "15"), Actors.submitter(DONGSHAN))
                .expectEvents(claimed(POVERTY, "15"));
    }

    @Test
    void narrativeOfTwentyThousandCharactersIsAccepted() {
        String narrative = "字".repeat(UnitAssessment.NARRATIVE_LIMIT);
        fixture.given(OPENED)
                .when(new ClaimScore(ASSESSMENT, "1.1.1", Score.of("1"), narrative, null), Actors.submitter(DONGSHAN))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void narrativeLongerThanTwentyThousandCharactersIsRefused() {
        // the command itself refuses it (kernel TextLimit.NARRATIVE), so no caller can hand it to the assessment
        String narrative = "字".repeat(TextLimit.NARRATIVE.maxCodePoints() + 1);
        assertThatThrownBy(() -> new ClaimScore(ASSESSMENT, "1.1.1", Score.of("1"), narrative, null))
                .isInstanceOfSatisfying(TextNotAcceptedException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.TEXT_NOT_ACCEPTED));
    }

    @Test
    void claimsLockOnSubmission() {
        refused(fixture.given(OPENED, submitted("0", "0")).when(claim("1.1.1", "15"), Actors.submitter(DONGSHAN)),
                ErrorCode.CLAIMS_LOCKED);
    }

    @Test
    void finalizedAssessmentTakesNoClaims() {
        refused(fixture.given(OPENED, submitted("0", "0"),
                                new ReviewFinalized(ASSESSMENT, SCHEME, DONGSHAN, Score.ZERO, Score.ZERO, Score.ZERO,
                                        false, FixedClock.NOW))
                        .when(claim("1.1.1", "15"), Actors.admin()),
                ErrorCode.CLAIMS_LOCKED);
    }

    @Test
    void deductionDownToExactlyTheFloorIsClaimed() {
        fixture.given(OPENED)
                .when(claim("2.1.3", "-2"), Actors.submitter(DONGSHAN))
                .expectEvents(claimed(REFORM, "-2"));
    }
}
