package org.evaltrack.kernel.query.ledger;

/** The departments (责任部门) as written on the tasks, each once, in order; answered with a list of strings. */
public record ListTaskDepartments() {
}
