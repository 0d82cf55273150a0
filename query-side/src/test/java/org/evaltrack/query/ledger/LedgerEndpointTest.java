package org.evaltrack.query.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.query.ledger.ClosingEvidence;
import org.evaltrack.kernel.query.ledger.FindTaskLedger;
import org.evaltrack.kernel.query.ledger.LedgerCounts;
import org.evaltrack.kernel.query.ledger.LedgerScope;
import org.evaltrack.kernel.query.ledger.LedgerTaskView;
import org.evaltrack.kernel.query.ledger.TaskLedgerView;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.security.EndpointTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

/** Who may read which ledger, and what is asked of the query side on their behalf. */
@WebMvcTest(properties = "spring.datasource.url=jdbc:h2:mem:ledger-accounts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@ContextConfiguration(classes = {EndpointTestSupport.Web.class, LedgerController.class})
class LedgerEndpointTest extends EndpointTestSupport {

    static final UserId TANG = UserId.of("user-leader-01");
    static final UserId YANG = UserId.of("user-leader-02");

    ArgumentCaptor<FindTaskLedger> asked = ArgumentCaptor.forClass(FindTaskLedger.class);

    @BeforeEach
    void accounts() {
        account("user-1", "dongshan", "黄淑芬", "SUBMITTER", "unit-dongshan");
        account(TANG.value(), "tangmiaohua", "唐淼华", "LEADER", "unit-dongshan");
        account("user-3", "reviewer", "审核员", "REVIEWER", null);
        account("user-4", "office", "县绩效办", "ADMIN", null);
    }

    private void answering(AssessmentId assessment, UnitId unit) {
        doReturn(CompletableFuture.completedFuture(Optional.of(view(assessment, unit))))
                .when(queryGateway).query(asked.capture(), any(ResponseType.class));
    }

    private static TaskLedgerView view(AssessmentId assessment, UnitId unit) {
        Instant assigned = Instant.parse("2020-01-05T02:00:00Z");
        Instant closed = Instant.parse("2020-01-07T04:30:00Z");
        LedgerTaskView task = new LedgerTaskView(assessment, unit, "东山侗族乡", TaskId.of("task-ds-04"), "1.2.5",
                "全面从严治党：巡察整改", "巡察问题整改验收材料", TANG, "唐淼华", "纪委", LocalDate.parse("2020-01-25"), assigned,
                true, null, null, closed, false, Duration.between(assigned, closed),
                new ClosingEvidence(EvidenceId.of("evidence-1"), "整改验收.pdf", closed));
        return new TaskLedgerView(LedgerScope.ASSESSMENT, assessment.value(), "东山侗族乡", unit,
                Instant.parse("2020-01-08T04:00:00Z"), false, new LedgerCounts(0, 1, 0, 0), List.of(task));
    }

    @Test
    void a_read_without_credentials_is_refused_401() throws Exception {
        mvc.perform(get("/api/ledgers/mine")).andExpect(status().isUnauthorized());
        verifyNoInteractions(queryGateway);
    }

    @Test
    void a_leaders_own_view_asks_for_their_own_tasks() throws Exception {
        answering(DONGSHAN_2019, DONGSHAN);

        mvc.perform(get("/api/ledgers/mine").with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks[0].taskId").value("task-ds-04"))
                .andExpect(jsonPath("$.tasks[0].timeToCloseOut").value("PT50H30M"))
                .andExpect(jsonPath("$.tasks[0].closedBy.fileName").value("整改验收.pdf"));
        assertThat(asked.getValue()).isEqualTo(FindTaskLedger.ofLeader(TANG));
    }

    @Test
    void as_of_is_passed_to_the_query_as_an_instant() throws Exception {
        answering(DONGSHAN_2019, DONGSHAN);

        mvc.perform(get("/api/ledgers/mine").param("asOf", "2020-01-10T08:00:00+08:00").with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(asked.getValue()).isEqualTo(FindTaskLedger.ofLeader(TANG).asOf(Instant.parse("2020-01-10T00:00:00Z")));
    }

    @Test
    void a_malformed_as_of_is_refused_400_as_problem_json() throws Exception {
        mvc.perform(get("/api/ledgers/mine").param("asOf", "yesterday").with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        verifyNoInteractions(queryGateway);
    }

    @Test
    void a_leader_reads_their_own_ledger_by_id() throws Exception {
        answering(DONGSHAN_2019, DONGSHAN);

        mvc.perform(get("/api/ledgers/leaders/{id}", TANG.value()).with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(asked.getValue()).isEqualTo(FindTaskLedger.ofLeader(TANG));
    }

    @Test
    void a_leader_may_not_read_another_leaders_ledger() throws Exception {
        mvc.perform(get("/api/ledgers/leaders/{id}", YANG.value()).with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        verifyNoInteractions(queryGateway);
    }

    @Test
    void a_leader_may_not_read_a_department_ledger() throws Exception {
        mvc.perform(get("/api/ledgers/departments/{d}", "财政所").with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(queryGateway);
    }

    @Test
    void a_leader_reads_the_ledger_of_their_units_assessment() throws Exception {
        answering(DONGSHAN_2019, DONGSHAN);

        mvc.perform(get("/api/assessments/{id}/ledger", DONGSHAN_2019.value()).with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value(DONGSHAN.value()));
    }

    @Test
    void a_leader_may_not_read_the_ledger_of_another_units_assessment() throws Exception {
        answering(CHANGPU_2019, CHANGPU);

        mvc.perform(get("/api/assessments/{id}/ledger", CHANGPU_2019.value()).with(httpBasic("tangmiaohua", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));
    }

    @Test
    void a_submitters_view_of_a_leader_is_narrowed_to_its_unit_in_the_query() throws Exception {
        answering(DONGSHAN_2019, DONGSHAN);

        mvc.perform(get("/api/ledgers/leaders/{id}", YANG.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(asked.getValue()).isEqualTo(FindTaskLedger.ofLeader(YANG).onlyUnit(DONGSHAN));
    }

    @Test
    void a_submitters_view_of_a_department_is_narrowed_to_its_unit_in_the_query() throws Exception {
        answering(DONGSHAN_2019, DONGSHAN);

        mvc.perform(get("/api/ledgers/departments/{d}", "财政所").with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(asked.getValue()).isEqualTo(FindTaskLedger.ofDepartment("财政所").onlyUnit(DONGSHAN));
    }

    @Test
    void a_submitter_reads_its_own_units_ledger() throws Exception {
        answering(DONGSHAN_2019, DONGSHAN);

        mvc.perform(get("/api/units/{id}/ledger", DONGSHAN.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(asked.getValue()).isEqualTo(FindTaskLedger.ofUnit(DONGSHAN));
    }

    @Test
    void a_submitter_may_not_read_another_units_ledger() throws Exception {
        mvc.perform(get("/api/units/{id}/ledger", CHANGPU.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(queryGateway);
    }

    @Test
    void a_submitter_may_not_read_another_units_assessment_ledger() throws Exception {
        answering(CHANGPU_2019, CHANGPU);

        mvc.perform(get("/api/assessments/{id}/ledger", CHANGPU_2019.value()).with(httpBasic("dongshan", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));
    }

    @Test
    void a_reviewer_reads_any_department_ledger_across_all_units() throws Exception {
        answering(CHANGPU_2019, CHANGPU);

        mvc.perform(get("/api/ledgers/departments/{d}", "财政所").with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(asked.getValue()).isEqualTo(FindTaskLedger.ofDepartment("财政所"));
    }

    @Test
    void an_admin_reads_any_leaders_and_any_units_ledger() throws Exception {
        answering(CHANGPU_2019, CHANGPU);

        mvc.perform(get("/api/ledgers/leaders/{id}", YANG.value()).with(httpBasic("office", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(asked.getValue()).isEqualTo(FindTaskLedger.ofLeader(YANG));
        mvc.perform(get("/api/units/{id}/ledger", CHANGPU.value()).with(httpBasic("office", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(asked.getValue()).isEqualTo(FindTaskLedger.ofUnit(CHANGPU));
    }

    @Test
    void an_unknown_assessment_is_answered_404() throws Exception {
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(any(FindTaskLedger.class), any(ResponseType.class));

        mvc.perform(get("/api/assessments/nope/ledger").with(httpBasic("reviewer", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ASSESSMENT_NOT_FOUND"));
    }

    @Test
    void an_unknown_unit_is_answered_404_in_the_callers_language() throws Exception {
        doReturn(CompletableFuture.completedFuture(Optional.empty()))
                .when(queryGateway).query(any(FindTaskLedger.class), any(ResponseType.class));

        mvc.perform(get("/api/units/nope/ledger").with(httpBasic("reviewer", PASSWORD)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("UNIT_NOT_FOUND"))
                .andExpect(jsonPath("$.title").value("未找到单位"));
    }
}
