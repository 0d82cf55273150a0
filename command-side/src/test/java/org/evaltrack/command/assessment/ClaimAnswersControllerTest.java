package org.evaltrack.command.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.axonframework.commandhandling.CommandMessage;
import org.evaltrack.command.api.ControllerSliceTest;
import org.evaltrack.kernel.assessment.ClaimBonus;
import org.evaltrack.kernel.assessment.ClaimScore;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.junit.jupiter.api.Test;

/** What claim answers tell at once: figures whose unit cannot be converted, and which earlier bonus claim a new one repeats. */
class ClaimAnswersControllerTest extends ControllerSliceTest {

    @Test
    void aFigureInAnUnknownUnitIsStoredAndWarnedOfInBothLanguages() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "2.1.1"), """
                {"claimedScore": 5, "reportedFigures": [
                  {"name": "固定资产投资", "value": 1.79, "unit": "亿"},
                  {"name": "农业总产值", "value": 39881, "unit": "万元"},
                  {"name": "调研报告", "value": 3, "unit": "篇"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ASSESSMENT))
                .andExpect(jsonPath("$.changed.reportedFigures").value(3))
                .andExpect(jsonPath("$.warnings.length()").value(1))
                .andExpect(jsonPath("$.warnings[0].code").value("UNKNOWN_FIGURE_UNIT"))
                .andExpect(jsonPath("$.warnings[0].about.indicator").value("2.1.1"))
                .andExpect(jsonPath("$.warnings[0].about.figure").value("调研报告"))
                .andExpect(jsonPath("$.warnings[0].about.unit").value("篇"))
                .andExpect(jsonPath("$.warnings[0].message.zh").value(org.hamcrest.Matchers.containsString("无法换算")))
                .andExpect(jsonPath("$.warnings[0].message.en").value(org.hamcrest.Matchers.containsString("not one the system can convert")));

        assertThat(dispatchedPayload(ClaimScore.class).reportedFigures()).hasSize(3);
    }

    @Test
    void aFigureWrittenInOneGoIsReadIntoValueAndUnit() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "2.1.1"), """
                {"claimedScore": 5, "reportedFigures": [{"name": "固定资产投资", "written": "1.79亿"},
                                                        {"name": "农业总产值", "written": "3.9881亿元"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings").isEmpty());

        assertThat(dispatchedPayload(ClaimScore.class).reportedFigures()).containsExactly(
                new ReportedFigure("固定资产投资", new BigDecimal("1.79"), "亿"),
                new ReportedFigure("农业总产值", new BigDecimal("3.9881"), "亿元"));
    }

    @Test
    void aFigureGivenBothWaysOrWrittenWithoutANumberIsRefusedUnsent() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "2.1.1"), """
                {"claimedScore": 5, "reportedFigures": [{"name": "固定资产投资", "value": 1.79, "written": "1.79亿"}]}""")
                .andExpect(status().isBadRequest());
        perform(put("/api/assessments/{id}/claims/{code}", ASSESSMENT, "2.1.1"), """
                {"claimedScore": 5, "reportedFigures": [{"name": "固定资产投资", "written": "约两亿"}]}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void aBonusClaimWithoutADateIsSent() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(post("/api/assessments/{id}/bonus-claims", ASSESSMENT), """
                {"level": "CENTRAL_MEDIA", "title": "人民日报报道东山乡脱贫"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.changed.awardedOn").doesNotExist())
                .andExpect(jsonPath("$.changed.duplicate").value(false));

        assertThat(dispatchedPayload(ClaimBonus.class).awardedOn()).isNull();
    }

    @Test
    void aDuplicateBonusClaimSaysWhichClaimItRepeats() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        when(commandGateway.sendAndWait(any(CommandMessage.class)))
                .thenReturn(new BonusDuplicate("bonus-1", "《人民日报》报道东山乡脱贫"));
        perform(post("/api/assessments/{id}/bonus-claims", ASSESSMENT), """
                {"level": "CENTRAL_MEDIA", "title": "人民日报 报道东山乡脱贫", "awardedOn": "2019-06-18"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.changed.duplicate").value(true))
                .andExpect(jsonPath("$.changed.duplicateOf.bonusClaimId").value("bonus-1"))
                .andExpect(jsonPath("$.changed.duplicateOf.title").value("《人民日报》报道东山乡脱贫"));
    }
}
