package org.evaltrack.command.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.evaltrack.command.api.ControllerSliceTest;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.ClaimBonus;
import org.evaltrack.kernel.assessment.ClaimScore;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.OpenAssessment;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.assessment.SubmitSelfAssessment;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.junit.jupiter.api.Test;

class AssessmentControllerTest extends ControllerSliceTest {

    private static final String CLAIM = """
            {"claimedScore": 5, "narrative": "完成固定资产投资任务",
             "reportedFigures": [{"name": "固定资产投资", "value": 1.79, "unit": "亿元"}]}""";
    private static final String BONUS = """
            {"level": "CENTRAL_MEDIA", "title": "人民日报报道东山乡脱贫", "source": "人民日报",
             "awardedOn": "2019-06-18", "evidenceIds": ["evidence-1", "evidence-2"]}""";
    private static final String SUBMISSION = """
            {"declared": {"base": 100, "bonus": 5.3, "total": 105.3}}""";

    @Test
    void adminOpensAssessmentUnderServerGeneratedId() throws Exception {
        asAdmin();
        perform(post("/api/assessments"), """
                {"schemeId": "scheme-suining-2019", "unitId": "unit-dongshan"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(startsWith("assessment-")));

        OpenAssessment command = dispatchedPayload(OpenAssessment.class);
        assertThat(command.schemeId()).isEqualTo(SchemeId.of("scheme-suining-2019"));
        assertThat(command.unitId()).isEqualTo(UnitId.of("unit-dongshan"));
        assertThat(command.assessmentId().value()).startsWith("assessment-");
    }

    @Test
    void openingWithoutUnitIsRejected() throws Exception {
        asAdmin();
        perform(post("/api/assessments"), """
                {"schemeId": "scheme-suining-2019"}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void submitterMayNotOpenAssessments() throws Exception {
        asSubmitterOfOwnUnit();
        perform(post("/api/assessments"), """
                {"schemeId": "scheme-suining-2019", "unitId": "unit-dongshan"}""")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ROLE_NOT_ALLOWED"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void submitterClaimsScoreOnOwnUnitsAssessment() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "P1.1"), CLAIM)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ASSESSMENT))
                .andExpect(jsonPath("$.changed.indicatorCode").value("P1.1"))
                .andExpect(jsonPath("$.changed.claimedScore").value(5.0))
                .andExpect(jsonPath("$.warnings").isEmpty());

        assertThat(dispatchedPayload(ClaimScore.class)).isEqualTo(new ClaimScore(AssessmentId.of(ASSESSMENT), "P1.1",
                Score.of("5"), "完成固定资产投资任务", List.of(new ReportedFigure("固定资产投资", new BigDecimal("1.79"), "亿元"))));
    }

    @Test
    void claimCarriesTheVersionTheClientExpects() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "P1.1").header("If-Match", "12"), CLAIM)
                .andExpect(status().isOk());

        assertThat(dispatched().getMetaData()).containsEntry(ActorMetaData.EXPECTED_VERSION, 12L);
    }

    @Test
    void submitterOfAnotherUnitIsRefusedAndNothingIsSent() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OTHER_UNIT);
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "P1.1"), CLAIM)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void submitterOnAnUnknownAssessmentGetsNotFound() throws Exception {
        asSubmitterOfOwnUnit();
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "P1.1"), CLAIM)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ASSESSMENT_NOT_FOUND"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void submitterWithoutAUnitIsRefused() throws Exception {
        actors.actAs("user-unbound", Role.SUBMITTER, null);
        assessmentBelongsTo(OWN_UNIT);
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "P1.1"), CLAIM)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void adminClaimsForAnyUnitWithoutUnitLookup() throws Exception {
        asAdmin();
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "P1.1"), CLAIM)
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(ClaimScore.class).assessmentId()).isEqualTo(AssessmentId.of(ASSESSMENT));
        verifyNoInteractions(assessmentRegistry);
    }

    @Test
    void reviewerMayNotClaim() throws Exception {
        asReviewer();
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "P1.1"), CLAIM)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ROLE_NOT_ALLOWED"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void leaderMayNotClaim() throws Exception {
        asLeader("user-yangguohua");
        assessmentBelongsTo(OWN_UNIT);
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "P1.1"), CLAIM)
                .andExpect(status().isForbidden());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void claimFinerThanHundredthsIsRejected() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "P1.1"), """
                {"claimedScore": 4.999}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void claimWithoutScoreIsRejected() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "P1.1"), """
                {"narrative": "人大工作"}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void reportedFigureWithoutValueIsRejected() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "P1.1"), """
                {"claimedScore": 5, "reportedFigures": [{"name": "固定资产投资", "unit": "亿元"}]}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void claimsBonusUnderServerGeneratedId() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(post("/api/assessments/{id}/bonus-claims", ASSESSMENT), BONUS)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(startsWith("bonus-")))
                .andExpect(jsonPath("$.changed.assessmentId").value(ASSESSMENT))
                .andExpect(jsonPath("$.changed.duplicate").value(false))
                .andExpect(jsonPath("$.changed.duplicateOf").doesNotExist());

        ClaimBonus command = dispatchedPayload(ClaimBonus.class);
        assertThat(command.assessmentId()).isEqualTo(AssessmentId.of(ASSESSMENT));
        assertThat(command.bonusClaimId().value()).startsWith("bonus-");
        assertThat(command.level()).isEqualTo(BonusLevel.CENTRAL_MEDIA);
        assertThat(command.title()).isEqualTo("人民日报报道东山乡脱贫");
        assertThat(command.source()).isEqualTo("人民日报");
        assertThat(command.awardedOn()).isEqualTo(LocalDate.of(2019, 6, 18));
        assertThat(command.evidenceIds()).containsExactlyInAnyOrder(EvidenceId.of("evidence-1"), EvidenceId.of("evidence-2"));
    }

    @Test
    void bonusOfUnknownLevelIsRejected() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(post("/api/assessments/{id}/bonus-claims", ASSESSMENT), BONUS.replace("CENTRAL_MEDIA", "GALACTIC_MEDIA"))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void bonusOfAnotherUnitIsRefused() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OTHER_UNIT);
        perform(post("/api/assessments/{id}/bonus-claims", ASSESSMENT), BONUS)
                .andExpect(status().isForbidden());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void submitsDeclaredTotalsAsWritten() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(post("/api/assessments/{id}/submission", ASSESSMENT), SUBMISSION)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ASSESSMENT))
                .andExpect(jsonPath("$.changed.status").value("SUBMITTED"));

        assertThat(dispatchedPayload(SubmitSelfAssessment.class)).isEqualTo(new SubmitSelfAssessment(
                AssessmentId.of(ASSESSMENT), new DeclaredTotals(Score.of("100"), Score.of("5.3"), Score.of("105.3"))));
    }

    @Test
    void submissionWithoutTotalIsRejected() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(post("/api/assessments/{id}/submission", ASSESSMENT), """
                {"declared": {"base": 100, "bonus": 5.3}}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void reviewerMayNotSubmit() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/submission", ASSESSMENT), SUBMISSION)
                .andExpect(status().isForbidden());

        verifyNoInteractions(commandGateway);
    }
}
