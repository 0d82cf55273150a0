package org.evaltrack.kernel.query.admin;

import java.util.List;

/** Every read model's state, as {@code GET /api/projections} answers it, for the office's status page. */
public record ReadModelStates(List<ReadModelState> readModels) {
    public ReadModelStates {
        readModels = List.copyOf(readModels);
    }
}
