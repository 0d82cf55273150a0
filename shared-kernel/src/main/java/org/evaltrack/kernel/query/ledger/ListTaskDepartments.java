package org.evaltrack.kernel.query.ledger;

/** The departments (责任部门) as written on the tasks, each once, in order; answered with {@link TaskDepartments}. */
public record ListTaskDepartments() {
}
