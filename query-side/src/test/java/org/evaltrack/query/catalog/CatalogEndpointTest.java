package org.evaltrack.query.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.query.UnitSummaries;
import org.evaltrack.kernel.query.UnitSummary;
import org.evaltrack.kernel.query.catalog.AssessmentPage;
import org.evaltrack.kernel.query.catalog.FindAssessmentPage;
import org.evaltrack.kernel.query.catalog.FindSchemeTree;
import org.evaltrack.kernel.query.catalog.ListSchemeCatalog;
import org.evaltrack.kernel.query.catalog.ListUnitCatalog;
import org.evaltrack.kernel.query.catalog.SchemeCatalog;
import org.evaltrack.kernel.query.catalog.SchemeState;
import org.evaltrack.kernel.query.catalog.SchemeTree;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.query.security.EndpointTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

/** GET /api/schemes, /api/schemes/{id}, /api/units and /api/assessments: who is asked what, and what is refused. */
@WebMvcTest(properties = "spring.datasource.url=jdbc:h2:mem:catalog;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@ContextConfiguration(classes = {EndpointTestSupport.Web.class, SchemeCatalogController.class, UnitCatalogController.class,
        AssessmentCatalogController.class})
class CatalogEndpointTest extends EndpointTestSupport {

    private static final SchemeTree TREE = new SchemeTree(SCHEME.value(), 2019, "2019年度方案", SchemeState.CLOSED, Score.of("10"),
            List.of(new SchemeTree.Section("COMMON", List.of(new SchemeTree.Category("1.1", "三大攻坚战", Score.of("30"), List.of(
                    new SchemeTree.Indicator("1.1.2", "安全生产", ScoringMode.DEDUCTION_ONLY, Score.of("15"), Score.of("-5"))))))));

    @BeforeEach
    void accounts() {
        standardAccounts();
        account("user-5", "nounit", "未绑定单位", "SUBMITTER", null);
    }

    @Test
    void nobodyReadsWithoutSigningIn() throws Exception {
        for (String path : List.of("/api/schemes", "/api/schemes/scheme-2019", "/api/units", "/api/assessments")) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        }
        verify(queryGateway, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void theOfficeIsAskedForDraftsTooAndSeesEachSchemesState() throws Exception {
        doReturn(CompletableFuture.completedFuture(new SchemeCatalog(List.of(
                new SchemeCatalog.Entry("scheme-2020", 2020, "2020年度方案", SchemeState.DRAFT),
                new SchemeCatalog.Entry(SCHEME.value(), 2019, "2019年度方案", SchemeState.CLOSED)))))
                .when(queryGateway).query(eq(new ListSchemeCatalog(true)), any(ResponseType.class));

        mvc.perform(get("/api/schemes").with(httpBasic("office", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schemes[0].state").value("DRAFT"))
                .andExpect(jsonPath("$.schemes[1].schemeId").value(SCHEME.value()))
                .andExpect(jsonPath("$.schemes[1].year").value(2019))
                .andExpect(jsonPath("$.schemes[1].state").value("CLOSED"));
    }

    @Test
    void reviewersAndSubmittersAreAskedWithoutDrafts() throws Exception {
        doReturn(CompletableFuture.completedFuture(new SchemeCatalog(List.of())))
                .when(queryGateway).query(any(ListSchemeCatalog.class), any(ResponseType.class));
        for (String user : List.of("reviewer", "dongshan", "tangmiaohua")) {
            mvc.perform(get("/api/schemes").with(httpBasic(user, PASSWORD))).andExpect(status().isOk());
        }
        ArgumentCaptor<ListSchemeCatalog> asked = ArgumentCaptor.forClass(ListSchemeCatalog.class);
        verify(queryGateway, org.mockito.Mockito.times(3)).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getAllValues()).containsOnly(new ListSchemeCatalog(false));
    }

    @Test
    void aSchemesTreeWithBudgetsMaximaFloorsAndScoringModesScoresAsDecimals() throws Exception {
        doReturn(CompletableFuture.completedFuture(Optional.of(TREE)))
                .when(queryGateway).query(eq(new FindSchemeTree(SCHEME, false)), any(ResponseType.class));

        mvc.perform(get("/api/schemes/{id}", SCHEME.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.sections[0].section").value("COMMON"))
                .andExpect(jsonPath("$.sections[0].categories[0].categoryCode").value("1.1"))
                .andExpect(jsonPath("$.sections[0].categories[0].indicators[0].scoringMode").value("DEDUCTION_ONLY"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"budget\":30.00")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"maxPoints\":15.00,\"floor\":-5.00")));
    }

    @Test
    void aDraftOrUnknownSchemeIsAnswered404InTheCallersLanguage() throws Exception {
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(eq(new FindSchemeTree(SchemeId.of("scheme-2020"), false)), any(ResponseType.class));

        mvc.perform(get("/api/schemes/scheme-2020").with(httpBasic("reviewer", PASSWORD)).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SCHEME_NOT_FOUND"))
                .andExpect(jsonPath("$.title").value("Scheme not found"));
        mvc.perform(get("/api/schemes/scheme-2020").with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.startsWith("未找到")));
    }

    @Test
    void aSubmitterOrLeaderIsAskedForItsOwnUnitOnlyTheOfficeForAll() throws Exception {
        doReturn(CompletableFuture.completedFuture(new UnitSummaries(List.of(new UnitSummary(DONGSHAN.value(), "东山侗族乡", "TOWNSHIP")))))
                .when(queryGateway).query(any(ListUnitCatalog.class), any(ResponseType.class));

        mvc.perform(get("/api/units").with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units[0].kind").value("TOWNSHIP"));
        mvc.perform(get("/api/units").with(httpBasic("tangmiaohua", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/units").with(httpBasic("reviewer", PASSWORD))).andExpect(status().isOk());
        ArgumentCaptor<ListUnitCatalog> asked = ArgumentCaptor.forClass(ListUnitCatalog.class);
        verify(queryGateway, org.mockito.Mockito.times(3)).query(asked.capture(), any(ResponseType.class));
        assertThat(asked.getAllValues()).containsExactly(new ListUnitCatalog(DONGSHAN), new ListUnitCatalog(DONGSHAN),
                new ListUnitCatalog(null));
    }

    @Test
    void aSubmitterBoundToNoUnitGetsNoUnitAndNoAssessments() throws Exception {
        mvc.perform(get("/api/units").with(httpBasic("nounit", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(0));
        mvc.perform(get("/api/assessments").with(httpBasic("nounit", PASSWORD)))
                .andExpect(status().isForbidden());
        verify(queryGateway, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void assessmentsAreAskedWithTheFiltersAndTheCallersUnit() throws Exception {
        ArgumentCaptor<FindAssessmentPage> asked = ArgumentCaptor.forClass(FindAssessmentPage.class);
        doReturn(CompletableFuture.completedFuture(new AssessmentPage(1, 20, 21, List.of(new AssessmentPage.Entry(
                DONGSHAN_2019.value(), SCHEME.value(), "2019年度方案", 2019, DONGSHAN.value(), "东山侗族乡", AssessmentStatus.SUBMITTED,
                new AssessmentPage.Totals(Score.of("92.5"), Score.of("5.3"), Score.of("97.8"), false))))))
                .when(queryGateway).query(asked.capture(), any(ResponseType.class));

        mvc.perform(get("/api/assessments?schemeId={s}&unitId={u}&status=submitted&page=1&size=20", SCHEME.value(), DONGSHAN.value())
                        .with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(21))
                .andExpect(jsonPath("$.assessments[0].status").value("SUBMITTED"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "\"totals\":{\"base\":92.50,\"bonus\":5.30,\"total\":97.80,\"vetoed\":false}")));
        mvc.perform(get("/api/assessments").with(httpBasic("office", PASSWORD))).andExpect(status().isOk());

        assertThat(asked.getAllValues()).containsExactly(
                new FindAssessmentPage(SCHEME, DONGSHAN, AssessmentStatus.SUBMITTED, DONGSHAN, 1, 20),
                new FindAssessmentPage(null, null, null, null, 0, 50));
    }

    @Test
    void aSubmitterOrLeaderNamingAnotherUnitIsRefusedAndNothingIsAsked() throws Exception {
        for (String user : List.of("dongshan", "tangmiaohua")) {
            mvc.perform(get("/api/assessments?unitId={u}", CHANGPU.value()).with(httpBasic(user, PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        }
        verify(queryGateway, never()).query(any(), any(ResponseType.class));
    }

    @Test
    void anUnknownStatusOrAnOversizedPageIsAnswered400() throws Exception {
        mvc.perform(get("/api/assessments?status=LOST").with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(get("/api/assessments?size=201").with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/assessments?page=-1").with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isBadRequest());
        verify(queryGateway, never()).query(any(), any(ResponseType.class));
    }
}
