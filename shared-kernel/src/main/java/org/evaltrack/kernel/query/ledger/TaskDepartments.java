package org.evaltrack.kernel.query.ledger;

import java.util.List;

/**
 * Answer to {@link ListTaskDepartments}. The departments written on the tasks, each once, in order.
 * A record rather than a bare list, so its element type survives serialization when queries travel
 * (Axon Server with the Jackson message serializer).
 */
public record TaskDepartments(List<String> departments) {
    public TaskDepartments {
        departments = List.copyOf(departments);
    }
}
