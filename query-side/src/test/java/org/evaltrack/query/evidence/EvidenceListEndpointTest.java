package org.evaltrack.query.evidence;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView;
import org.evaltrack.kernel.query.claimsheet.FindClaimSheet;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.security.EndpointTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

/** GET /api/assessments/{id}/evidence: the unit's own readers, reviewers and the office; another unit 403 OTHER_UNIT. */
@WebMvcTest(properties = "spring.datasource.url=jdbc:h2:mem:evidencelist;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@ContextConfiguration(classes = {EndpointTestSupport.Web.class, EvidenceListController.class})
class EvidenceListEndpointTest extends EndpointTestSupport {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @BeforeEach
    void accounts() {
        standardAccounts();
        account("user-6", "changpu", "长铺填报员", "SUBMITTER", "unit-changpu");
        account("user-7", "changpuleader", "长铺领导", "LEADER", "unit-changpu");
        given(DONGSHAN_2019, DONGSHAN);
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(eq(new FindClaimSheet(AssessmentId.of("nope"))), any(ResponseType.class));
    }

    private void given(AssessmentId assessment, UnitId unit) {
        ClaimSheetView.EvidenceItem late = new ClaimSheetView.EvidenceItem("evidence-1", "台账.pdf", "application/pdf", 48213, SHA,
                Instant.parse("2020-01-16T03:00:00Z"), Instant.parse("2020-01-09T08:00:00Z"), true, "REJECTED",
                List.of("1.1.1", "1.1.2"), "材料与指标无关", false, null);
        doReturn(CompletableFuture.completedFuture(Optional.of(new ClaimSheetView(assessment, SCHEME, unit, null,
                Instant.parse("2020-01-15T15:59:59Z"), null, List.of(), List.of(late), List.of(), List.of()))))
                .when(queryGateway).query(eq(new FindClaimSheet(assessment)), any(ResponseType.class));
    }

    @Test
    void theUnitsSubmitterReadsEachPieceWithHashTimesLatenessStateAndIndicators() throws Exception {
        mvc.perform(get("/api/assessments/{id}/evidence", DONGSHAN_2019.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessmentId").value(DONGSHAN_2019.value()))
                .andExpect(jsonPath("$.evidenceDue").value("2020-01-15T15:59:59Z"))
                .andExpect(jsonPath("$.evidence[0].fileName").value("台账.pdf"))
                .andExpect(jsonPath("$.evidence[0].mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.evidence[0].sizeBytes").value(48213))
                .andExpect(jsonPath("$.evidence[0].sha256").value(SHA))
                .andExpect(jsonPath("$.evidence[0].capturedAt").value("2020-01-09T08:00:00Z"))
                .andExpect(jsonPath("$.evidence[0].receivedAt").value("2020-01-16T03:00:00Z"))
                .andExpect(jsonPath("$.evidence[0].late").value(true))
                .andExpect(jsonPath("$.evidence[0].state").value("REJECTED"))
                .andExpect(jsonPath("$.evidence[0].stateReason").value("材料与指标无关"))
                .andExpect(jsonPath("$.evidence[0].indicatorCodes[1]").value("1.1.2"));
    }

    @Test
    void theUnitsLeaderAReviewerAndTheOfficeReadItToo() throws Exception {
        for (String user : List.of("tangmiaohua", "reviewer", "office")) {
            mvc.perform(get("/api/assessments/{id}/evidence", DONGSHAN_2019.value()).with(httpBasic(user, PASSWORD)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void anotherUnitsSubmitterOrLeaderIsRefusedOtherUnitNamingNoFile() throws Exception {
        for (String user : List.of("changpu", "changpuleader")) {
            mvc.perform(get("/api/assessments/{id}/evidence", DONGSHAN_2019.value()).with(httpBasic(user, PASSWORD))
                            .header("Accept-Language", "en"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("OTHER_UNIT"))
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("台账"))));
        }
        mvc.perform(get("/api/assessments/{id}/evidence", DONGSHAN_2019.value()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownAssessmentIs404() throws Exception {
        mvc.perform(get("/api/assessments/nope/evidence").with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ASSESSMENT_NOT_FOUND"));
    }
}
