package org.evaltrack.query.totals;

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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.FindAssessmentTotals;
import org.evaltrack.kernel.query.totals.FindSchemeRanking;
import org.evaltrack.kernel.query.totals.FindScoreProvenance;
import org.evaltrack.kernel.query.totals.ProvenanceView;
import org.evaltrack.kernel.query.totals.RankingRow;
import org.evaltrack.kernel.query.totals.RankingView;
import org.evaltrack.kernel.query.totals.ScorePart;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.security.EndpointTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

/** Who may read which totals, ranking and provenance; how parameters and refusals look over HTTP. */
@WebMvcTest(properties = "spring.datasource.url=jdbc:h2:mem:totals-accounts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@ContextConfiguration(classes = {EndpointTestSupport.Web.class, TotalsController.class})
class TotalsEndpointTest extends EndpointTestSupport {

    static final Instant BEFORE_REVIEW = Instant.parse("2020-01-15T00:00:00Z");

    @BeforeEach
    void accounts() {
        standardAccounts();
        account("user-5", "roaming", "无单位领导", "LEADER", null);

        givenTotals(DONGSHAN_2019, DONGSHAN, null);
        givenTotals(DONGSHAN_2019, DONGSHAN, BEFORE_REVIEW);
        givenTotals(CHANGPU_2019, CHANGPU, null);
    }

    private void givenTotals(AssessmentId assessment, UnitId unit, Instant asOf) {
        doReturn(CompletableFuture.completedFuture(Optional.of(totals(assessment, unit, asOf))))
                .when(queryGateway).query(eq(new FindAssessmentTotals(assessment, asOf)), any(ResponseType.class));
    }

    private static AssessmentTotalsView totals(AssessmentId assessment, UnitId unit, Instant asOf) {
        Score total = Score.of(asOf == null ? "23" : "24");
        return new AssessmentTotalsView(assessment, SCHEME, unit, "东山侗族乡", AssessmentStatus.SUBMITTED, asOf, List.of(), List.of(),
                Score.of("24"), total, Score.of("2"), Score.ZERO, Score.of("1"), Score.ZERO, false, total, Score.of("25"), false, List.of(),
                List.of(), null, Instant.parse("2020-01-20T08:00:00Z"));
    }

    private void givenProvenance(ArgumentCaptor<FindScoreProvenance> asked, UnitId unit, boolean targetFound) {
        doReturn(CompletableFuture.completedFuture(Optional.of(new ProvenanceView(DONGSHAN_2019, unit, ScorePart.INDICATOR, "1.1.2",
                null, targetFound, Score.of("3"), null, List.of()))))
                .when(queryGateway).query(asked.capture(), any(ResponseType.class));
    }

    @Test
    void a_submitter_reads_its_own_units_totals() throws Exception {
        mvc.perform(get("/api/assessments/{id}/totals", DONGSHAN_2019.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"total\":23.00")));
    }

    @Test
    void a_submitter_may_not_read_another_units_totals() throws Exception {
        mvc.perform(get("/api/assessments/{id}/totals", CHANGPU_2019.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));
    }

    @Test
    void a_leader_reads_the_totals_of_the_own_unit_only() throws Exception {
        mvc.perform(get("/api/assessments/{id}/totals", DONGSHAN_2019.value()).with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/assessments/{id}/totals", CHANGPU_2019.value()).with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void reviewers_and_admins_read_any_units_totals() throws Exception {
        mvc.perform(get("/api/assessments/{id}/totals", CHANGPU_2019.value()).with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/assessments/{id}/totals", CHANGPU_2019.value()).with(httpBasic("office", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void totals_without_credentials_are_refused_401() throws Exception {
        mvc.perform(get("/api/assessments/{id}/totals", DONGSHAN_2019.value()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void as_of_is_passed_to_the_query_as_an_instant() throws Exception {
        mvc.perform(get("/api/assessments/{id}/totals", DONGSHAN_2019.value()).param("asOf", "2020-01-15T08:00:00+08:00")
                        .with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2020-01-15T00:00:00Z"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"total\":24.00")));
    }

    @Test
    void a_malformed_as_of_is_answered_400_without_asking_the_read_model() throws Exception {
        mvc.perform(get("/api/assessments/{id}/totals", DONGSHAN_2019.value()).param("asOf", "yesterday")
                        .with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        verifyNoInteractions(queryGateway);
    }

    @Test
    void an_unknown_assessment_is_answered_404() throws Exception {
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(eq(new FindAssessmentTotals(AssessmentId.of("nope"), null)), any(ResponseType.class));

        mvc.perform(get("/api/assessments/nope/totals").with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ASSESSMENT_NOT_FOUND"));
    }

    @Test
    void provenance_of_an_indicator_asks_for_that_indicator_as_of_the_instant() throws Exception {
        ArgumentCaptor<FindScoreProvenance> asked = ArgumentCaptor.forClass(FindScoreProvenance.class);
        givenProvenance(asked, DONGSHAN, true);

        mvc.perform(get("/api/assessments/{id}/totals/provenance", DONGSHAN_2019.value()).param("indicator", "1.1.2")
                        .param("asOf", "2020-01-15T00:00:00Z").with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("1.1.2"));
        assertThat(asked.getValue()).isEqualTo(new FindScoreProvenance(DONGSHAN_2019, ScorePart.INDICATOR, "1.1.2", BEFORE_REVIEW));
    }

    @Test
    void provenance_without_a_target_explains_the_total() throws Exception {
        ArgumentCaptor<FindScoreProvenance> asked = ArgumentCaptor.forClass(FindScoreProvenance.class);
        givenProvenance(asked, DONGSHAN, true);

        mvc.perform(get("/api/assessments/{id}/totals/provenance", DONGSHAN_2019.value()).with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(asked.getValue().part()).isEqualTo(ScorePart.TOTAL);
    }

    @Test
    void provenance_of_the_bonus_part_is_asked_for_by_name() throws Exception {
        ArgumentCaptor<FindScoreProvenance> asked = ArgumentCaptor.forClass(FindScoreProvenance.class);
        givenProvenance(asked, DONGSHAN, true);

        mvc.perform(get("/api/assessments/{id}/totals/provenance", DONGSHAN_2019.value()).param("part", "bonus")
                        .with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(asked.getValue().part()).isEqualTo(ScorePart.BONUS);
    }

    @Test
    void provenance_of_another_units_assessment_is_refused_even_for_an_unknown_indicator() throws Exception {
        givenProvenance(ArgumentCaptor.forClass(FindScoreProvenance.class), CHANGPU, false);

        mvc.perform(get("/api/assessments/{id}/totals/provenance", CHANGPU_2019.value()).param("indicator", "9.9.9")
                        .with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));
    }

    @Test
    void provenance_of_an_unknown_indicator_is_answered_404() throws Exception {
        givenProvenance(ArgumentCaptor.forClass(FindScoreProvenance.class), DONGSHAN, false);

        mvc.perform(get("/api/assessments/{id}/totals/provenance", DONGSHAN_2019.value()).param("indicator", "9.9.9")
                        .with(httpBasic("reviewer", PASSWORD)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("INDICATOR_NOT_FOUND"))
                .andExpect(jsonPath("$.title").value("未找到指标"));
    }

    @Test
    void provenance_with_two_targets_or_an_unknown_part_is_answered_400() throws Exception {
        mvc.perform(get("/api/assessments/{id}/totals/provenance", DONGSHAN_2019.value()).param("indicator", "1.1.2")
                        .param("category", "1.1").with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(get("/api/assessments/{id}/totals/provenance", DONGSHAN_2019.value()).param("part", "everything")
                        .with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(queryGateway);
    }

    @Test
    void a_submitter_gets_the_ranking_narrowed_to_its_own_unit() throws Exception {
        ArgumentCaptor<FindSchemeRanking> asked = ArgumentCaptor.forClass(FindSchemeRanking.class);
        doReturn(CompletableFuture.completedFuture(Optional.of(ranking())))
                .when(queryGateway).query(asked.capture(), any(ResponseType.class));

        mvc.perform(get("/api/schemes/{id}/ranking", SCHEME.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].rank").value(2));
        assertThat(asked.getValue()).isEqualTo(new FindSchemeRanking(SCHEME, null, DONGSHAN));
    }

    @Test
    void a_reviewer_gets_the_whole_ranking_as_of_the_instant() throws Exception {
        ArgumentCaptor<FindSchemeRanking> asked = ArgumentCaptor.forClass(FindSchemeRanking.class);
        doReturn(CompletableFuture.completedFuture(Optional.of(ranking())))
                .when(queryGateway).query(asked.capture(), any(ResponseType.class));

        mvc.perform(get("/api/schemes/{id}/ranking", SCHEME.value()).param("asOf", "2020-01-15T00:00:00Z")
                        .with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].categorySubtotals['1.1']").value(18.0));
        assertThat(asked.getValue()).isEqualTo(new FindSchemeRanking(SCHEME, BEFORE_REVIEW, null));
    }

    @Test
    void a_leader_bound_to_no_unit_may_not_read_a_ranking() throws Exception {
        mvc.perform(get("/api/schemes/{id}/ranking", SCHEME.value()).with(httpBasic("roaming", PASSWORD)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(queryGateway);
    }

    @Test
    void the_ranking_of_an_unknown_scheme_is_answered_404() throws Exception {
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(any(FindSchemeRanking.class), any(ResponseType.class));

        mvc.perform(get("/api/schemes/nope/ranking").with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SCHEME_NOT_FOUND"));
    }

    private static RankingView ranking() {
        return new RankingView(SCHEME, "2019年方案", null, List.of(), List.of(new RankingRow(2, DONGSHAN_2019, DONGSHAN, "东山侗族乡",
                AssessmentStatus.SUBMITTED, Map.of("1.1", Score.of("18")), Score.of("22"), Score.of("1"), Score.of("23"), false)));
    }
}
