package org.evaltrack.query.ledger;

import java.time.LocalDate;
import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.query.ledger.TaskDepartments;
import org.evaltrack.kernel.query.ledger.LedgerUnitChoices;
import org.evaltrack.kernel.query.ledger.AssessmentTasks;
import org.evaltrack.kernel.query.ledger.AssignedTask;
import org.evaltrack.kernel.query.ledger.LedgerUnitChoice;
import org.evaltrack.kernel.query.ledger.ListAssessmentTasks;
import org.evaltrack.kernel.query.ledger.ListLedgerUnits;
import org.evaltrack.kernel.query.ledger.ListTaskDepartments;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which units and departments have ledgers, and an assessment's tasks as the set-up lists them: the
 * ledger query answers one leader, department or unit, and a page has to know which there are.
 */
@Component
class LedgerDirectory {

    private final JdbcClient jdbc;

    LedgerDirectory(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    @QueryHandler
    LedgerUnitChoices handle(ListLedgerUnits query) {
        return new LedgerUnitChoices(jdbc.sql("select unit_id, name from ledger_unit order by name, unit_id")
                .query((rs, i) -> new LedgerUnitChoice(UnitId.of(rs.getString(1)), rs.getString(2)))
                .list());
    }

    @QueryHandler
    TaskDepartments handle(ListTaskDepartments query) {
        return new TaskDepartments(jdbc.sql("select distinct department from ledger_task order by department")
                .query(String.class).list());
    }

    @QueryHandler
    AssessmentTasks handle(ListAssessmentTasks query) {
        return new AssessmentTasks(jdbc.sql("select t.task_id, t.indicator_code, t.title, t.required_item, t.leader_id,"
                        + " coalesce(a.display_name, t.leader_id), t.department, t.due_date, t.closed"
                        + " from ledger_task t left join account a on a.user_id = t.leader_id"
                        + " where t.assessment_id = ? order by t.closed, t.due_date, t.assigned_at, t.task_id")
                .param(query.assessmentId().value())
                .query((rs, i) -> new AssignedTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getBoolean(9)))
                .list());
    }
}
