package org.evaltrack.query.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.trail.FindAssessmentTrail;
import org.evaltrack.kernel.query.trail.FindSchemeTrail;
import org.evaltrack.kernel.query.trail.LinkedEvidence;
import org.evaltrack.kernel.query.trail.TrailActor;
import org.evaltrack.kernel.query.trail.TrailEntryKind;
import org.evaltrack.kernel.query.trail.TrailEntryView;
import org.evaltrack.kernel.query.trail.TrailFilter;
import org.evaltrack.kernel.query.trail.TrailOrder;
import org.evaltrack.kernel.query.trail.TrailPage;
import org.evaltrack.kernel.query.trail.TrailPaging;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.security.EndpointTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

/** The trail endpoints: who may read which unit's trail, and how query parameters become the query. */
@WebMvcTest(properties = "spring.datasource.url=jdbc:h2:mem:trail-accounts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@ContextConfiguration(classes = {EndpointTestSupport.Web.class, TrailController.class})
class TrailEndpointTest extends EndpointTestSupport {

    static final Instant ADJUSTED = Instant.parse("2020-01-20T06:30:00Z");

    @BeforeEach
    void accounts() {
        standardAccounts();
    }

    private void givenTrail(AssessmentId assessment, UnitId unit) {
        doReturn(CompletableFuture.completedFuture(Optional.of(page(assessment, unit))))
                .when(queryGateway).query(any(FindAssessmentTrail.class), any(ResponseType.class));
    }

    private static TrailPage page(AssessmentId assessment, UnitId unit) {
        TrailEntryView adjustment = new TrailEntryView("event-1", 0, ADJUSTED, assessment, unit,
                new TrailActor("user-3", "县绩效办审核员", "REVIEWER"), TrailEntryKind.REVIEW_ADJUSTMENT, "1.2.2", "政协工作",
                Score.of("3"), Score.of("2"), null, null, null, null, null, false, null, "会议记录不全", true, "corr-1",
                List.of(new LinkedEvidence("ev-1", "政协会议记录.pdf")));
        return new TrailPage(SCHEME, assessment, unit, 0, 50, 1, List.of(adjustment));
    }

    private FindAssessmentTrail askedForAssessment() {
        ArgumentCaptor<FindAssessmentTrail> asked = ArgumentCaptor.forClass(FindAssessmentTrail.class);
        verify(queryGateway).query(asked.capture(), any(ResponseType.class));
        return asked.getValue();
    }

    @Test
    void a_reviewer_asks_how_an_indicator_changed_in_one_request() throws Exception {
        givenTrail(CHANGPU_2019, CHANGPU);

        mvc.perform(get("/api/assessments/{id}/trail", CHANGPU_2019.value()).param("indicator", "1.2.2")
                        .param("order", "oldest").with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].kind").value("REVIEW_ADJUSTMENT"))
                .andExpect(jsonPath("$.rows[0].indicatorName").value("政协工作"))
                .andExpect(jsonPath("$.rows[0].actor.displayName").value("县绩效办审核员"))
                .andExpect(jsonPath("$.rows[0].reason").value("会议记录不全"))
                .andExpect(jsonPath("$.rows[0].occurredAt").value("2020-01-20T06:30:00Z"))
                .andExpect(jsonPath("$.rows[0].linkedEvidence[0].fileName").value("政协会议记录.pdf"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"scoreBefore\":3.00")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"scoreAfter\":2.00")));
        assertThat(askedForAssessment()).isEqualTo(new FindAssessmentTrail(CHANGPU_2019, TrailFilter.indicator("1.2.2"),
                new TrailPaging(0, 50, TrailOrder.OLDEST_FIRST)));
    }

    @Test
    void every_filter_parameter_reaches_the_query() throws Exception {
        givenTrail(DONGSHAN_2019, DONGSHAN);

        mvc.perform(get("/api/assessments/{id}/trail", DONGSHAN_2019.value()).with(httpBasic("reviewer", PASSWORD))
                        .param("indicator", "1.1.1").param("actor", "user-3")
                        .param("kind", "review_adjustment").param("kind", "EVIDENCE_REJECTED,VETO_APPLIED")
                        .param("from", "2020-01-10T00:00:00Z").param("to", "2020-02-01T00:00:00+08:00")
                        .param("changedAfterSubmission", "true").param("asOf", "2020-01-25T00:00:00Z")
                        .param("page", "2").param("size", "20"))
                .andExpect(status().isOk());

        assertThat(askedForAssessment()).isEqualTo(new FindAssessmentTrail(DONGSHAN_2019,
                new TrailFilter("1.1.1", UserId.of("user-3"),
                        Set.of(TrailEntryKind.REVIEW_ADJUSTMENT, TrailEntryKind.EVIDENCE_REJECTED, TrailEntryKind.VETO_APPLIED),
                        Instant.parse("2020-01-10T00:00:00Z"), Instant.parse("2020-01-31T16:00:00Z"), true,
                        Instant.parse("2020-01-25T00:00:00Z")),
                new TrailPaging(2, 20, TrailOrder.NEWEST_FIRST)));
    }

    @Test
    void a_submitter_reads_its_own_units_trail() throws Exception {
        givenTrail(DONGSHAN_2019, DONGSHAN);

        mvc.perform(get("/api/assessments/{id}/trail", DONGSHAN_2019.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value(DONGSHAN.value()))
                .andExpect(jsonPath("$.totalRows").value(1));
    }

    @Test
    void a_submitter_may_not_read_another_units_trail() throws Exception {
        givenTrail(CHANGPU_2019, CHANGPU);

        mvc.perform(get("/api/assessments/{id}/trail", CHANGPU_2019.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"))
                .andExpect(jsonPath("$.rows").doesNotExist());
    }

    @Test
    void a_leader_reads_the_trail_of_its_units_assessment_but_not_of_another() throws Exception {
        givenTrail(DONGSHAN_2019, DONGSHAN);
        mvc.perform(get("/api/assessments/{id}/trail", DONGSHAN_2019.value()).with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isOk());

        givenTrail(CHANGPU_2019, CHANGPU);
        mvc.perform(get("/api/assessments/{id}/trail", CHANGPU_2019.value()).with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_admin_reads_any_units_trail() throws Exception {
        givenTrail(CHANGPU_2019, CHANGPU);

        mvc.perform(get("/api/assessments/{id}/trail", CHANGPU_2019.value()).with(httpBasic("office", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void reading_a_trail_needs_credentials() throws Exception {
        mvc.perform(get("/api/assessments/{id}/trail", DONGSHAN_2019.value()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        verify(queryGateway, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void an_unknown_assessment_is_answered_404() throws Exception {
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(any(FindAssessmentTrail.class), any(ResponseType.class));

        mvc.perform(get("/api/assessments/nope/trail").with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ASSESSMENT_NOT_FOUND"));
    }

    @Test
    void an_unknown_kind_is_a_malformed_request() throws Exception {
        mvc.perform(get("/api/assessments/{id}/trail", DONGSHAN_2019.value()).param("kind", "SCORE_EDITED")
                        .with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        verify(queryGateway, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void a_time_that_is_not_an_instant_is_a_malformed_request() throws Exception {
        mvc.perform(get("/api/assessments/{id}/trail", DONGSHAN_2019.value()).param("asOf", "yesterday")
                        .with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void a_time_range_that_ends_before_it_starts_is_a_malformed_request() throws Exception {
        mvc.perform(get("/api/assessments/{id}/trail", DONGSHAN_2019.value()).param("from", "2020-02-01T00:00:00Z")
                        .param("to", "2020-01-01T00:00:00Z").with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        verify(queryGateway, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void a_page_larger_than_the_limit_is_a_malformed_request() throws Exception {
        mvc.perform(get("/api/assessments/{id}/trail", DONGSHAN_2019.value()).param("size", "501")
                        .with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void a_submitter_reading_a_schemes_trail_asks_for_its_own_unit_only() throws Exception {
        ArgumentCaptor<FindSchemeTrail> asked = ArgumentCaptor.forClass(FindSchemeTrail.class);
        doReturn(CompletableFuture.completedFuture(page(DONGSHAN_2019, DONGSHAN)))
                .when(queryGateway).query(asked.capture(), any(ResponseType.class));

        mvc.perform(get("/api/schemes/{id}/trail", SCHEME.value()).param("indicator", "1.2.2").with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].unitId").value(DONGSHAN.value()));
        assertThat(asked.getValue()).isEqualTo(new FindSchemeTrail(SCHEME, DONGSHAN, TrailFilter.indicator("1.2.2"),
                new TrailPaging(0, 50, TrailOrder.NEWEST_FIRST)));
    }

    @Test
    void a_reviewer_reading_a_schemes_trail_asks_for_every_unit() throws Exception {
        ArgumentCaptor<FindSchemeTrail> asked = ArgumentCaptor.forClass(FindSchemeTrail.class);
        doReturn(CompletableFuture.completedFuture(page(DONGSHAN_2019, DONGSHAN)))
                .when(queryGateway).query(asked.capture(), any(ResponseType.class));

        mvc.perform(get("/api/schemes/{id}/trail", SCHEME.value()).with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(asked.getValue().onlyUnit()).isNull();
    }
}
