package org.evaltrack.query.totals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.query.FindScorecard;
import org.evaltrack.kernel.query.FindScorecardsOfScheme;
import org.evaltrack.kernel.query.IndicatorScoreView;
import org.evaltrack.kernel.query.ScorecardView;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.security.EndpointTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

@WebMvcTest(properties = "spring.datasource.url=jdbc:h2:mem:accounts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@ContextConfiguration(classes = {EndpointTestSupport.Web.class, ScorecardController.class})
class ScorecardEndpointTest extends EndpointTestSupport {

    @BeforeEach
    void accounts() {
        account("user-1", "dongshan", "黄淑芬", "SUBMITTER", "unit-dongshan");
        account("user-2", "tangmiaohua", "唐淼华", "LEADER", "unit-dongshan");
        // A stored hash may carry its encoder id.
        storedAccount("user-3", "reviewer", "{bcrypt}" + passwordHash, "县绩效办审核员", "REVIEWER", null, true);
        storedAccount("user-4", "former", passwordHash, "离职人员", "REVIEWER", null, false);

        givenScorecard(DONGSHAN_2019, DONGSHAN);
        givenScorecard(CHANGPU_2019, CHANGPU);
    }

    private void givenScorecard(AssessmentId assessment, UnitId unit) {
        doReturn(CompletableFuture.completedFuture(Optional.of(view(assessment, unit))))
                .when(queryGateway).query(org.mockito.ArgumentMatchers.eq(new FindScorecard(assessment)), any(ResponseType.class));
    }

    private static ScorecardView view(AssessmentId assessment, UnitId unit) {
        Score fifteen = Score.of("15");
        return new ScorecardView(assessment, SCHEME, unit, "东山侗族乡", 2019, AssessmentStatus.OPEN, null, fifteen, fifteen,
                Score.ZERO, Score.ZERO, Score.ZERO, Score.of("10"), fifteen, false, Instant.parse("2020-01-05T02:00:00Z"),
                List.of(new IndicatorScoreView("1.1.1", "精准脱贫", "1.1", "三大攻坚战", ScoringMode.STANDARD, fifteen, null,
                        fifteen, fifteen, false, 1, 2, Instant.parse("2020-01-05T02:00:00Z"))));
    }

    @Test
    void a_read_without_credentials_is_answered_401_as_problem_json_with_a_basic_challenge() throws Exception {
        mvc.perform(get("/api/assessments/{id}/scorecard", DONGSHAN_2019.value()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
                .andExpect(jsonPath("$.type").value("urn:evaltrack:error:UNAUTHENTICATED"))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void a_wrong_password_is_answered_401() throws Exception {
        mvc.perform(get("/api/assessments/{id}/scorecard", DONGSHAN_2019.value()).with(httpBasic("dongshan", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void a_disabled_account_cannot_read() throws Exception {
        mvc.perform(get("/api/assessments/{id}/scorecard", DONGSHAN_2019.value()).with(httpBasic("former", PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_submitter_reads_the_scorecard_of_its_own_unit_with_scores_as_two_decimal_numbers() throws Exception {
        mvc.perform(get("/api/assessments/{id}/scorecard", DONGSHAN_2019.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessmentId").value(DONGSHAN_2019.value()))
                .andExpect(jsonPath("$.unitId").value(DONGSHAN.value()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"computedBase\":15.00")))
                .andExpect(jsonPath("$.indicators[0].indicatorCode").value("1.1.1"))
                .andExpect(jsonPath("$.indicators[0].evidenceCount").value(2));
    }

    @Test
    void a_submitter_may_not_read_another_units_scorecard() throws Exception {
        mvc.perform(get("/api/assessments/{id}/scorecard", CHANGPU_2019.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(CHANGPU_2019.value())));
    }

    @Test
    void a_leader_may_not_read_another_units_scorecard_either() throws Exception {
        mvc.perform(get("/api/assessments/{id}/scorecard", CHANGPU_2019.value()).with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_reviewer_reads_any_units_scorecard() throws Exception {
        mvc.perform(get("/api/assessments/{id}/scorecard", CHANGPU_2019.value()).with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value(CHANGPU.value()));
    }

    @Test
    void head_is_guarded_like_get() throws Exception {
        mvc.perform(head("/api/assessments/{id}/scorecard", CHANGPU_2019.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(head("/api/assessments/{id}/scorecard", DONGSHAN_2019.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void an_unknown_assessment_is_answered_404_in_the_callers_language() throws Exception {
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(org.mockito.ArgumentMatchers.eq(new FindScorecard(AssessmentId.of("nope"))), any(ResponseType.class));

        mvc.perform(get("/api/assessments/nope/scorecard").with(httpBasic("reviewer", PASSWORD)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ASSESSMENT_NOT_FOUND"))
                .andExpect(jsonPath("$.title").value("未找到考核"))
                .andExpect(jsonPath("$.instance").value("/api/assessments/nope/scorecard"));
    }

    // A request without Accept-Language has the servlet container's locale (MockMvc: English); ours is Chinese.
    @Test
    void a_read_without_credentials_is_answered_in_chinese_unless_english_is_asked_for() throws Exception {
        mvc.perform(get("/api/assessments/{id}/scorecard", DONGSHAN_2019.value()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("需要登录"));
        mvc.perform(get("/api/assessments/{id}/scorecard", DONGSHAN_2019.value()).header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Sign-in required"));
    }

    @Test
    void an_unknown_assessment_is_answered_in_chinese_when_no_language_is_asked_for() throws Exception {
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(org.mockito.ArgumentMatchers.eq(new FindScorecard(AssessmentId.of("nope"))), any(ResponseType.class));

        mvc.perform(get("/api/assessments/nope/scorecard").with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("未找到考核"));
    }

    @Test
    void a_malformed_assessment_id_is_answered_400() throws Exception {
        mvc.perform(get("/api/assessments/{id}/scorecard", "x".repeat(65)).with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void a_submitter_listing_a_schemes_scorecards_asks_for_its_own_unit_only() throws Exception {
        ArgumentCaptor<FindScorecardsOfScheme> asked = ArgumentCaptor.forClass(FindScorecardsOfScheme.class);
        doReturn(CompletableFuture.completedFuture(List.of(view(DONGSHAN_2019, DONGSHAN))))
                .when(queryGateway).query(asked.capture(), any(ResponseType.class));

        mvc.perform(get("/api/schemes/{id}/scorecards", SCHEME.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unitId").value(DONGSHAN.value()));
        assertThat(asked.getValue()).isEqualTo(new FindScorecardsOfScheme(SCHEME, DONGSHAN));
    }

    @Test
    void a_reviewer_listing_a_schemes_scorecards_asks_for_every_unit() throws Exception {
        ArgumentCaptor<FindScorecardsOfScheme> asked = ArgumentCaptor.forClass(FindScorecardsOfScheme.class);
        doReturn(CompletableFuture.completedFuture(List.of(view(DONGSHAN_2019, DONGSHAN), view(CHANGPU_2019, CHANGPU))))
                .when(queryGateway).query(asked.capture(), any(ResponseType.class));

        mvc.perform(get("/api/schemes/{id}/scorecards", SCHEME.value()).with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        verify(queryGateway).query(any(FindScorecardsOfScheme.class), any(ResponseType.class));
        assertThat(asked.getValue()).isEqualTo(new FindScorecardsOfScheme(SCHEME));
    }
}
