package org.evaltrack.command.lookup;

import java.util.Optional;
import org.evaltrack.command.directory.TaskDirectory;
import org.evaltrack.command.directory.TaskRef;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.TaskId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link TaskDirectory} over lookup_task. */
@Component
public class JdbcTaskDirectory implements TaskDirectory {

    private final JdbcTemplate jdbc;

    public JdbcTaskDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TaskRef> find(TaskId taskId) {
        return jdbc.query("select task_id, ledger_id, assessment_id, leader_id, closed from lookup_task where task_id = ?",
                        (rs, row) -> new TaskRef(
                                new TaskId(rs.getString("task_id")),
                                new LedgerId(rs.getString("ledger_id")),
                                new AssessmentId(rs.getString("assessment_id")),
                                new UserId(rs.getString("leader_id")),
                                rs.getBoolean("closed")),
                        taskId.value())
                .stream().findFirst();
    }
}
