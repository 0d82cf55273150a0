package org.evaltrack.command.directory;

import org.evaltrack.command.directory.TaskRef;
import java.util.Optional;
import org.evaltrack.kernel.ledger.TaskId;

/** Set-based lookup of tasks: which assessment a task belongs to and who leads it now. */
public interface TaskDirectory {

    Optional<TaskRef> find(TaskId taskId);
}
