package org.evaltrack.command.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.evaltrack.command.api.ControllerSliceTest;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.ReportSectionKind;
import org.evaltrack.kernel.assessment.WriteReportSection;
import org.junit.jupiter.api.Test;

class ReportSectionControllerTest extends ControllerSliceTest {

    private static final String TEXT = """
            {"text": "（一）加强领导。成立专项工作领导小组。"}""";

    @Test
    void submitterWritesASectionOfTheirOwnUnitsReport() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(put("/api/assessments/{id}/report-sections/{kind}", ASSESSMENT, "measures"), TEXT)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ASSESSMENT));

        assertThat(dispatchedPayload(WriteReportSection.class)).isEqualTo(new WriteReportSection(
                AssessmentId.of(ASSESSMENT), ReportSectionKind.MEASURES, "（一）加强领导。成立专项工作领导小组。"));
    }

    @Test
    void theKindIsReadWhateverItsCase() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(put("/api/assessments/{id}/report-sections/{kind}", ASSESSMENT, "PROBLEMS"), TEXT)
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(WriteReportSection.class).kind()).isEqualTo(ReportSectionKind.PROBLEMS);
    }

    @Test
    void anUnknownKindIsRefusedAndNothingIsSent() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(put("/api/assessments/{id}/report-sections/{kind}", ASSESSMENT, "summary"), TEXT)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void aSubmitterOfAnotherUnitIsRefusedAndNothingIsSent() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OTHER_UNIT);
        perform(put("/api/assessments/{id}/report-sections/{kind}", ASSESSMENT, "measures"), TEXT)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void anAdminIsRefusedBecauseTheWordsAreTheUnitsOwn() throws Exception {
        asAdmin();
        perform(put("/api/assessments/{id}/report-sections/{kind}", ASSESSMENT, "measures"), TEXT)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ROLE_NOT_ALLOWED"));

        verifyNoInteractions(commandGateway);
    }
}
