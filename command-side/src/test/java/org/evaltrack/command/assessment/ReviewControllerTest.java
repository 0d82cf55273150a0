package org.evaltrack.command.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.evaltrack.command.api.ControllerSliceTest;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.assessment.AcceptCaptureTime;
import org.evaltrack.kernel.assessment.AdjustScore;
import org.evaltrack.kernel.assessment.ApplyVeto;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.FinalizeReview;
import org.evaltrack.kernel.assessment.LiftVeto;
import org.evaltrack.kernel.assessment.RejectBonusAward;
import org.evaltrack.kernel.assessment.RejectEvidence;
import org.evaltrack.kernel.assessment.ReopenAssessment;
import org.evaltrack.kernel.assessment.VerifyBonusAward;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

class ReviewControllerTest extends ControllerSliceTest {

    private static final AssessmentId ID = AssessmentId.of(ASSESSMENT);

    @Test
    void reviewerAdjustsScore() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/adjustments", ASSESSMENT), """
                {"indicatorCode": "C2.2", "newScore": 2, "reason": "分值上限为2分"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ASSESSMENT))
                .andExpect(jsonPath("$.changed.indicatorCode").value("C2.2"));

        assertThat(dispatchedPayload(AdjustScore.class)).isEqualTo(new AdjustScore(ID, "C2.2", Score.of("2"), "分值上限为2分"));
    }

    @Test
    void adjustmentWithoutReasonIsRejected() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/adjustments", ASSESSMENT), """
                {"indicatorCode": "C2.2", "newScore": 2}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void submitterMayNotAdjust() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(post("/api/assessments/{id}/adjustments", ASSESSMENT), """
                {"indicatorCode": "C2.2", "newScore": 3, "reason": "自己改分"}""")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ROLE_NOT_ALLOWED"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void adminMayNotAdjust() throws Exception {
        asAdmin();
        perform(post("/api/assessments/{id}/adjustments", ASSESSMENT), """
                {"indicatorCode": "C2.2", "newScore": 2, "reason": "分值上限为2分"}""")
                .andExpect(status().isForbidden());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void theOfficeEntersAnAdjustmentAfterTheFactWithAStatedDate() throws Exception {
        asAdmin();
        perform(post("/api/assessments/{id}/adjustments", ASSESSMENT)
                .header("Stated-At", "2020-02-20T02:00:00Z").header("Stated-Reason", "%E8%A1%A5%E5%BD%95"), """
                {"indicatorCode": "C2.2", "newScore": 2, "reason": "分值上限为2分"}""")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(AdjustScore.class)).isEqualTo(new AdjustScore(ID, "C2.2", Score.of("2"), "分值上限为2分"));
    }

    @Test
    void onlyTheOfficeMaySendAStatedDateOrItsReason() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/adjustments", ASSESSMENT).header("Stated-At", "2020-02-20T02:00:00Z"), """
                {"indicatorCode": "C2.2", "newScore": 2, "reason": "分值上限为2分"}""")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("AFTER_THE_FACT_OFFICE_ONLY"));
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "C2.2").header("Stated-Reason", "x"), """
                {"claimedScore": 2}""")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("AFTER_THE_FACT_OFFICE_ONLY"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void verifiesBonusWithNote() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/bonus-claims/{b}/verification", ASSESSMENT, "bonus-1"), """
                {"note": "见报日期核实"}""")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(VerifyBonusAward.class))
                .isEqualTo(new VerifyBonusAward(ID, BonusClaimId.of("bonus-1"), "见报日期核实"));
    }

    @Test
    void verifiesBonusWithoutBody() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/bonus-claims/{b}/verification", ASSESSMENT, "bonus-1"), null)
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(VerifyBonusAward.class)).isEqualTo(new VerifyBonusAward(ID, BonusClaimId.of("bonus-1"), null));
    }

    @Test
    void rejectsBonusWithReason() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/bonus-claims/{b}/rejection", ASSESSMENT, "bonus-2"), """
                {"reason": "重复申报"}""")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(RejectBonusAward.class))
                .isEqualTo(new RejectBonusAward(ID, BonusClaimId.of("bonus-2"), "重复申报"));
    }

    @Test
    void bonusRejectionWithoutReasonIsRejected() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/bonus-claims/{b}/rejection", ASSESSMENT, "bonus-2"), "{}")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void rejectsEvidence() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/evidence/{e}/rejection", ASSESSMENT, "evidence-9"), """
                {"reason": "材料不清晰"}""")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(RejectEvidence.class)).isEqualTo(new RejectEvidence(ID, EvidenceId.of("evidence-9"), "材料不清晰"));
    }

    @Test
    void acceptsCaptureTime() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/evidence/{e}/capture-time-acceptance", ASSESSMENT, "evidence-9"), """
                {"reason": "平台故障期间拍摄"}""")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(AcceptCaptureTime.class))
                .isEqualTo(new AcceptCaptureTime(ID, EvidenceId.of("evidence-9"), "平台故障期间拍摄"));
    }

    @Test
    void appliesVeto() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/vetoes", ASSESSMENT), """
                {"conditionCode": "V1", "reason": "发生较大安全事故"}""")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(ApplyVeto.class)).isEqualTo(new ApplyVeto(ID, "V1", "发生较大安全事故"));
    }

    @Test
    void vetoWithoutConditionIsRejected() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/vetoes", ASSESSMENT), """
                {"reason": "发生较大安全事故"}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void liftsVetoNamedInThePath() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/vetoes/{c}/lifting", ASSESSMENT, "V1"), """
                {"reason": "复核不属实"}""")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(LiftVeto.class)).isEqualTo(new LiftVeto(ID, "V1", "复核不属实"));
    }

    @Test
    void finalizesWithExpectedVersion() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/finalization", ASSESSMENT).header("If-Match", "W/\"41\""), null)
                .andExpect(status().isOk());

        assertThat(dispatched().getMetaData()).containsEntry(ActorMetaData.EXPECTED_VERSION, 41L);
        assertThat(dispatchedPayload(FinalizeReview.class)).isEqualTo(new FinalizeReview(ID));
    }

    @Test
    void adminMayNotFinalize() throws Exception {
        asAdmin();
        perform(post("/api/assessments/{id}/finalization", ASSESSMENT), null)
                .andExpect(status().isForbidden());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void reviewerReopens() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/reopening", ASSESSMENT), """
                {"reason": "发现计分错误"}""")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(ReopenAssessment.class)).isEqualTo(new ReopenAssessment(ID, "发现计分错误"));
    }

    @Test
    void adminReopens() throws Exception {
        asAdmin();
        perform(post("/api/assessments/{id}/reopening", ASSESSMENT), """
                {"reason": "单位申请补报"}""")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(ReopenAssessment.class)).isEqualTo(new ReopenAssessment(ID, "单位申请补报"));
    }

    @Test
    void submitterMayNotReopen() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(post("/api/assessments/{id}/reopening", ASSESSMENT), """
                {"reason": "想改分"}""")
                .andExpect(status().isForbidden());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void reviewerOfTheAssessedUnitIsRefusedBeforeAnythingIsSent() throws Exception {
        actors.actAs("user-reviewer-dongshan", org.evaltrack.kernel.actor.Role.REVIEWER, OWN_UNIT);
        assessmentBelongsTo(OWN_UNIT);
        perform(post("/api/assessments/{id}/finalization", ASSESSMENT), null)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OWN_UNIT_REVIEW"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void reviewerOfAnotherUnitReviews() throws Exception {
        actors.actAs("user-reviewer-huangsang", org.evaltrack.kernel.actor.Role.REVIEWER, OTHER_UNIT);
        assessmentBelongsTo(OWN_UNIT);
        perform(post("/api/assessments/{id}/finalization", ASSESSMENT), null)
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(FinalizeReview.class)).isEqualTo(new FinalizeReview(ID));
    }
}
