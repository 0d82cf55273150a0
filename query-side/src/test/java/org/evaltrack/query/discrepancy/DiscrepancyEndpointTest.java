package org.evaltrack.query.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.query.discrepancy.AssessmentDiscrepanciesView;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyKind;
import org.evaltrack.kernel.query.discrepancy.DiscrepancySeverity;
import org.evaltrack.kernel.query.discrepancy.DiscrepancySubject;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyView;
import org.evaltrack.kernel.query.discrepancy.FindAssessmentDiscrepancies;
import org.evaltrack.kernel.query.discrepancy.FindSchemeDiscrepancies;
import org.evaltrack.kernel.query.discrepancy.LocalizedMessage;
import org.evaltrack.kernel.query.discrepancy.SchemeDiscrepanciesView;
import org.evaltrack.kernel.query.discrepancy.SubjectType;
import org.evaltrack.kernel.query.discrepancy.UnitDiscrepanciesView;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.security.EndpointTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

/** Who may read which discrepancies, and how refusals look; the query bus is a mock. */
@WebMvcTest(properties = "spring.datasource.url=jdbc:h2:mem:discrepancy-accounts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@ContextConfiguration(classes = {EndpointTestSupport.Web.class, DiscrepancyController.class})
class DiscrepancyEndpointTest extends EndpointTestSupport {

    @BeforeEach
    void accountsAndReports() {
        standardAccounts();
        account("user-5", "unbound", "未绑定单位", "SUBMITTER", null);

        givenReport(DONGSHAN_2019, DONGSHAN);
        givenReport(CHANGPU_2019, CHANGPU);
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(eq(new FindAssessmentDiscrepancies(AssessmentId.of("nope"))), any(ResponseType.class));
    }

    private void givenReport(AssessmentId assessment, UnitId unit) {
        doReturn(CompletableFuture.completedFuture(Optional.of(report(assessment, unit))))
                .when(queryGateway).query(eq(new FindAssessmentDiscrepancies(assessment)), any(ResponseType.class));
    }

    private static DiscrepancyView baseMismatch() {
        return new DiscrepancyView(DiscrepancyKind.DECLARED_BASE_MISMATCH, DiscrepancySeverity.ERROR,
                new DiscrepancySubject(SubjectType.TOTALS, "assessment-dongshan", "东山侗族乡"), "92.00", "100.00",
                new LocalizedMessage("申报的基础分 100.00 与各指标有效得分之和 92.00 不一致。", "The declared base score 100.00 differs."),
                List.of("event-1", "event-2"));
    }

    private static AssessmentDiscrepanciesView report(AssessmentId assessment, UnitId unit) {
        return new AssessmentDiscrepanciesView(assessment, SCHEME, unit, "东山侗族乡", AssessmentStatus.SUBMITTED,
                List.of(baseMismatch()), List.of());
    }

    private static SchemeDiscrepanciesView schemeReport(UnitId... units) {
        return new SchemeDiscrepanciesView(SCHEME, "测试方案", List.of(), java.util.Arrays.stream(units)
                .map(u -> new UnitDiscrepanciesView(AssessmentId.of("assessment-" + u.value()), u, u.value(),
                        AssessmentStatus.SUBMITTED, List.of(baseMismatch())))
                .toList());
    }

    @Test
    void a_read_without_credentials_is_answered_401_as_problem_json() throws Exception {
        mvc.perform(get("/api/assessments/{id}/discrepancies", DONGSHAN_2019.value()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        verifyNoInteractions(queryGateway);
    }

    @Test
    void a_submitter_reads_its_own_units_discrepancies_with_both_languages_and_event_ids() throws Exception {
        mvc.perform(get("/api/assessments/{id}/discrepancies", DONGSHAN_2019.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value(DONGSHAN.value()))
                .andExpect(jsonPath("$.discrepancies[0].kind").value("DECLARED_BASE_MISMATCH"))
                .andExpect(jsonPath("$.discrepancies[0].severity").value("ERROR"))
                .andExpect(jsonPath("$.discrepancies[0].subject.type").value("TOTALS"))
                .andExpect(jsonPath("$.discrepancies[0].expected").value("92.00"))
                .andExpect(jsonPath("$.discrepancies[0].found").value("100.00"))
                .andExpect(jsonPath("$.discrepancies[0].message['zh-CN']").value(org.hamcrest.Matchers.containsString("基础分")))
                .andExpect(jsonPath("$.discrepancies[0].message.en").value(org.hamcrest.Matchers.containsString("base score")))
                .andExpect(jsonPath("$.discrepancies[0].eventIds.length()").value(2));
    }

    @Test
    void a_submitter_may_not_read_another_units_discrepancies() throws Exception {
        mvc.perform(get("/api/assessments/{id}/discrepancies", CHANGPU_2019.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));
    }

    @Test
    void a_leader_reads_the_assessment_of_its_unit_and_not_another() throws Exception {
        mvc.perform(get("/api/assessments/{id}/discrepancies", DONGSHAN_2019.value()).with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/assessments/{id}/discrepancies", CHANGPU_2019.value()).with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void reviewers_and_admins_read_any_units_discrepancies() throws Exception {
        mvc.perform(get("/api/assessments/{id}/discrepancies", CHANGPU_2019.value()).with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value(CHANGPU.value()));
        mvc.perform(get("/api/assessments/{id}/discrepancies", CHANGPU_2019.value()).with(httpBasic("office", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void an_unknown_assessment_is_answered_404_in_the_callers_language() throws Exception {
        mvc.perform(get("/api/assessments/nope/discrepancies").with(httpBasic("reviewer", PASSWORD)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ASSESSMENT_NOT_FOUND"))
                .andExpect(jsonPath("$.title").value("未找到考核"));
    }

    @Test
    void a_submitter_listing_a_schemes_discrepancies_asks_for_its_own_unit_only() throws Exception {
        ArgumentCaptor<FindSchemeDiscrepancies> asked = ArgumentCaptor.forClass(FindSchemeDiscrepancies.class);
        doReturn(CompletableFuture.completedFuture(Optional.of(schemeReport(DONGSHAN))))
                .when(queryGateway).query(asked.capture(), any(ResponseType.class));

        mvc.perform(get("/api/schemes/{id}/discrepancies", SCHEME.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(1))
                .andExpect(jsonPath("$.units[0].unitId").value(DONGSHAN.value()));
        assertThat(asked.getValue()).isEqualTo(new FindSchemeDiscrepancies(SCHEME, DONGSHAN));
    }

    @Test
    void a_leader_listing_a_schemes_discrepancies_asks_for_its_own_unit_only() throws Exception {
        ArgumentCaptor<FindSchemeDiscrepancies> asked = ArgumentCaptor.forClass(FindSchemeDiscrepancies.class);
        doReturn(CompletableFuture.completedFuture(Optional.of(schemeReport(DONGSHAN))))
                .when(queryGateway).query(asked.capture(), any(ResponseType.class));

        mvc.perform(get("/api/schemes/{id}/discrepancies", SCHEME.value()).with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(asked.getValue()).isEqualTo(new FindSchemeDiscrepancies(SCHEME, DONGSHAN));
    }

    @Test
    void a_reviewer_listing_a_schemes_discrepancies_asks_for_every_unit() throws Exception {
        ArgumentCaptor<FindSchemeDiscrepancies> asked = ArgumentCaptor.forClass(FindSchemeDiscrepancies.class);
        doReturn(CompletableFuture.completedFuture(Optional.of(schemeReport(DONGSHAN, CHANGPU))))
                .when(queryGateway).query(asked.capture(), any(ResponseType.class));

        mvc.perform(get("/api/schemes/{id}/discrepancies", SCHEME.value()).with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(2));
        assertThat(asked.getValue()).isEqualTo(new FindSchemeDiscrepancies(SCHEME));
    }

    @Test
    void a_submitter_bound_to_no_unit_is_refused_the_scheme_report_without_a_query() throws Exception {
        mvc.perform(get("/api/schemes/{id}/discrepancies", SCHEME.value()).with(httpBasic("unbound", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        verifyNoInteractions(queryGateway);
    }

    @Test
    void an_unknown_scheme_is_answered_404() throws Exception {
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(any(FindSchemeDiscrepancies.class), any(ResponseType.class));

        mvc.perform(get("/api/schemes/{id}/discrepancies", "scheme-nope").with(httpBasic("reviewer", PASSWORD)).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SCHEME_NOT_FOUND"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("scheme-nope")));
    }
}
