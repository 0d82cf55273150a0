package org.evaltrack.query.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evaltrack.query.ledger.LedgerFixture.CHANGPU;
import static org.evaltrack.query.ledger.LedgerFixture.CHANGPU_2019;
import static org.evaltrack.query.ledger.LedgerFixture.DONGSHAN;
import static org.evaltrack.query.ledger.LedgerFixture.DONGSHAN_2019;
import static org.evaltrack.query.ledger.LedgerFixture.YANG;
import static org.evaltrack.query.ledger.LedgerFixture.YUAN;
import static org.evaltrack.query.ledger.LedgerFixture.assigned;
import static org.evaltrack.query.ledger.LedgerFixture.closedOut;
import static org.evaltrack.query.ledger.LedgerFixture.evidence;
import static org.evaltrack.query.ledger.LedgerFixture.opened;
import static org.evaltrack.query.ledger.LedgerFixture.reassigned;
import static org.evaltrack.query.ledger.LedgerFixture.reopened;
import static org.evaltrack.query.ledger.LedgerFixture.t;
import static org.evaltrack.query.ledger.LedgerFixture.unit;
import static org.evaltrack.query.ledger.LedgerFixture.withdrawn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class LedgerProjectionTest extends LedgerDatabaseTest {

    static final LocalDate DUE = LocalDate.parse("2020-01-15");

    @Autowired
    LedgerProjection projection;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    LedgerEvents events;

    @BeforeEach
    void oneTaskAssigned() {
        events = new LedgerEvents(projection, entityManager);
        events.at(t(0), unit(DONGSHAN, "东山侗族乡"))
                .at(t(0), opened(DONGSHAN_2019, DONGSHAN))
                .at(t(1), assigned(DONGSHAN_2019, "task-1", YANG, "扶贫工作站", DUE, t(1)), "user-dongshan", "SUBMITTER");
    }

    private Map<String, Object> task() {
        events.commitBatch();
        return jdbc.queryForMap("select * from ledger_task where assessment_id = ? and task_id = 'task-1'",
                DONGSHAN_2019.value());
    }

    private List<Map<String, Object>> history() {
        events.commitBatch();
        return jdbc.queryForList("select * from ledger_task_history where assessment_id = ? and task_id = 'task-1'"
                + " order by revision", DONGSHAN_2019.value());
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }

    private void closeByEvidence() {
        events.at(t(60), evidence(DONGSHAN_2019, DONGSHAN, "evidence-1", "筛查台账.xlsx", t(60), "task-1"), "user-dongshan", "SUBMITTER")
                .at(t(60), closedOut(DONGSHAN_2019, "task-1", "evidence-1", YANG, DUE, t(1), t(60), false), "user-dongshan", "SUBMITTER");
    }

    @Test
    void an_assigned_task_has_a_current_row_and_one_open_ended_history_row_naming_who_assigned_it() {
        Map<String, Object> task = task();
        assertThat(task).containsEntry("leader_id", YANG.value()).containsEntry("department", "扶贫工作站")
                .containsEntry("closed", false).containsEntry("revision", 1);
        assertThat(((java.sql.Date) task.get("due_date")).toLocalDate()).isEqualTo(DUE);
        List<Map<String, Object>> history = history();
        assertThat(history).hasSize(1);
        assertThat(history.get(0)).containsEntry("change_kind", "ASSIGNED").containsEntry("changed_by", "user-dongshan")
                .containsEntry("valid_to", null);
        assertThat(instant(history.get(0).get("valid_from"))).isEqualTo(t(1));
    }

    @Test
    void a_reassignment_moves_the_task_and_ends_the_previous_state_at_the_moment_of_the_change() {
        events.at(t(30), reassigned(DONGSHAN_2019, "task-1", YANG, YUAN, "扶贫工作站", "财政所"));

        assertThat(task()).containsEntry("leader_id", YUAN.value()).containsEntry("department", "财政所");
        List<Map<String, Object>> history = history();
        assertThat(history).extracting(r -> r.get("leader_id")).containsExactly(YANG.value(), YUAN.value());
        assertThat(instant(history.get(0).get("valid_to"))).isEqualTo(t(30));
        assertThat(history.get(1)).containsEntry("change_kind", "REASSIGNED").containsEntry("reason", "分工调整")
                .containsEntry("valid_to", null);
    }

    @Test
    void evidence_arriving_for_a_task_closes_it_with_that_evidence_and_its_lateness() {
        closeByEvidence();

        Map<String, Object> task = task();
        assertThat(task).containsEntry("closed", true).containsEntry("closed_by_evidence_id", "evidence-1")
                .containsEntry("closed_late", false);
        assertThat(instant(task.get("closed_at"))).isEqualTo(t(60));
        assertThat(jdbc.queryForMap("select file_name, received_at from ledger_evidence where evidence_id = 'evidence-1'"))
                .containsEntry("file_name", "筛查台账.xlsx");
        assertThat(history()).extracting(r -> r.get("change_kind")).containsExactly("ASSIGNED", "CLOSED_OUT");
    }

    @Test
    void withdrawing_the_closing_evidence_reopens_the_task_and_keeps_the_closed_state_in_history() {
        closeByEvidence();
        events.at(t(90), withdrawn(DONGSHAN_2019, "evidence-1", "task-1"))
                .at(t(90), reopened(DONGSHAN_2019, "task-1", "evidence-1", YANG));

        Map<String, Object> task = task();
        assertThat(task).containsEntry("closed", false).containsEntry("closed_by_evidence_id", null)
                .containsEntry("closed_at", null).containsEntry("closed_late", null).containsEntry("revision", 3);
        List<Map<String, Object>> history = history();
        assertThat(history).extracting(r -> r.get("change_kind")).containsExactly("ASSIGNED", "CLOSED_OUT", "REOPENED");
        assertThat(history.get(1)).containsEntry("closed", true).containsEntry("closed_by_evidence_id", "evidence-1");
        assertThat(instant(history.get(1).get("valid_to"))).isEqualTo(t(90));
    }

    @Test
    void a_redelivered_ledger_event_is_not_applied_twice() {
        events.at(t(30), reassigned(DONGSHAN_2019, "task-1", YANG, YUAN, "扶贫工作站", "财政所"));
        events.commitBatch();
        events.redeliverLast();

        assertThat(task()).containsEntry("revision", 2);
        assertThat(history()).hasSize(2);
    }

    @Test
    void evidence_linked_to_no_task_is_not_kept() {
        events.at(t(5), evidence(DONGSHAN_2019, DONGSHAN, "evidence-2", "统计年报.txt", t(5)));
        events.commitBatch();

        assertThat(jdbc.queryForObject("select count(*) from ledger_evidence", Integer.class)).isZero();
    }

    @Test
    void a_task_event_for_a_task_never_assigned_fails_instead_of_being_skipped() {
        events.at(t(2), opened(CHANGPU_2019, CHANGPU));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        events.at(t(3), reopened(CHANGPU_2019, "task-x", "evidence-9", YANG)))
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause().hasMessageContaining("never assigned");
    }

    @Test
    void reset_clears_every_ledger_table() {
        closeByEvidence();
        events.commitBatch();

        events.reset();

        for (String table : List.of("ledger_task", "ledger_task_history", "ledger_evidence", "ledger_assessment", "ledger_unit")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
        }
    }
}
