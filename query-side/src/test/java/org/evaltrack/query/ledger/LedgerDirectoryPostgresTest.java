package org.evaltrack.query.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.query.ledger.AssessmentTasks;
import org.evaltrack.kernel.query.ledger.LedgerUnitChoices;
import org.evaltrack.kernel.query.ledger.TaskDepartments;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.ledger.AssignedTask;
import org.evaltrack.kernel.query.ledger.LedgerUnitChoice;
import org.evaltrack.kernel.query.ledger.ListAssessmentTasks;
import org.evaltrack.kernel.query.ledger.ListLedgerUnits;
import org.evaltrack.kernel.query.ledger.ListTaskDepartments;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.ReadModelTables;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/** The units, departments and an assessment's tasks that pages list, answered from the ledger tables through the query bus. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerDirectoryPostgresTest {

    private final QueryGateway queries;

    LedgerDirectoryPostgresTest(PostgresTestDatabase database) {
        ReadModelTables tables = new ReadModelTables(database);
        JdbcTemplate jdbc = tables.jdbc();
        jdbc.update("insert into ledger_unit (unit_id, name) values ('unit-b', 'Beishan'), ('unit-a', 'Anle')");
        tables.account("user-leader-02", "yangguohua", "杨国华", "LEADER", "unit-b", true);
        task(jdbc, "assessment-b", "task-closed", "user-leader-02", "财政所", "2020-01-06", "2020-01-05T02:00:00Z", true);
        task(jdbc, "assessment-b", "task-late", "user-leader-02", "扶贫工作站", "2020-01-20", "2020-01-05T03:00:00Z", false);
        task(jdbc, "assessment-b", "task-early", "user-leader-02", "扶贫工作站", "2020-01-10", "2020-01-05T04:00:00Z", false);
        // a leader whose account was erased is shown by id, not dropped
        task(jdbc, "assessment-b", "task-erased", "user-gone", "财政所", "2020-01-10", "2020-01-05T05:00:00Z", false);
        task(jdbc, "assessment-a", "task-other", "user-leader-09", "农业农村办", "2020-01-10", "2020-01-05T02:00:00Z", false);
        this.queries = ReadModelTables.gatewayTo(new LedgerDirectory(jdbc));
    }

    @Test
    void unitsThatHaveALedgerByName() {
        assertThat(ask(new ListLedgerUnits(), LedgerUnitChoices.class).units()).containsExactly(
                new LedgerUnitChoice(UnitId.of("unit-a"), "Anle"), new LedgerUnitChoice(UnitId.of("unit-b"), "Beishan"));
    }

    @Test
    void eachDepartmentOnce() {
        assertThat(ask(new ListTaskDepartments(), TaskDepartments.class).departments()).containsExactlyInAnyOrder("财政所", "扶贫工作站", "农业农村办");
    }

    @Test
    void anAssessmentsTasksOpenOnesFirstByDueDateThenAssignment() {
        assertThat(ask(new ListAssessmentTasks(AssessmentId.of("assessment-b")), AssessmentTasks.class).tasks())
                .extracting(AssignedTask::taskId).containsExactly("task-early", "task-erased", "task-late", "task-closed");
        assertThat(ask(new ListAssessmentTasks(AssessmentId.of("assessment-b")), AssessmentTasks.class).tasks()).first().isEqualTo(
                new AssignedTask("task-early", "1.1.1", "任务 task-early", "材料 task-early", "user-leader-02", "杨国华",
                        "扶贫工作站", LocalDate.parse("2020-01-10"), false));
        assertThat(ask(new ListAssessmentTasks(AssessmentId.of("assessment-b")), AssessmentTasks.class).tasks())
                .filteredOn(t -> t.taskId().equals("task-erased")).extracting(AssignedTask::leaderName).containsExactly("user-gone");
        assertThat(ask(new ListAssessmentTasks(AssessmentId.of("assessment-unknown")), AssessmentTasks.class).tasks()).isEmpty();
    }

    private <R> R ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer)).join();
    }

    private static void task(JdbcTemplate jdbc, String assessment, String task, String leader, String department, String due,
                             String assignedAt, boolean closed) {
        Timestamp at = Timestamp.from(Instant.parse(assignedAt));
        jdbc.update("insert into ledger_task (assessment_id, task_id, indicator_code, title, required_item, leader_id, department,"
                        + " due_date, assigned_at, closed, changed_at, revision, last_sequence) values (?, ?, '1.1.1', ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)",
                assessment, task, "任务 " + task, "材料 " + task, leader, department, Date.valueOf(due), at, closed, at);
    }
}
