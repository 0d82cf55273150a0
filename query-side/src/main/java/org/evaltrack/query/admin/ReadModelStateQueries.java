package org.evaltrack.query.admin;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.query.admin.ListReadModelStates;
import org.evaltrack.kernel.query.admin.ReadModelState;
import org.evaltrack.kernel.query.admin.ReadModelStates;
import org.springframework.stereotype.Component;

/** Every read model's state for the office's status page, from the statuses {@code GET /api/projections} answers. */
@Component
class ReadModelStateQueries {

    private final ProjectionAdmin admin;

    ReadModelStateQueries(ProjectionAdmin admin) {
        this.admin = admin;
    }

    @QueryHandler
    ReadModelStates handle(ListReadModelStates query) {
        return new ReadModelStates(admin.statuses().stream().map(ReadModelStateQueries::state).toList());
    }

    private static ReadModelState state(ProjectionStatus status) {
        ProjectionStatus.FirstDeadLetter first = status.firstDeadLetter();
        RebuildProgress rebuild = status.rebuild();
        return new ReadModelState(status.group(), status.running(), status.error(), status.caughtUp(), status.replaying(),
                status.headPosition(), status.position(), status.deadLetters(), status.deadLetterSequences(),
                first == null ? null : new ReadModelState.DeadLetter(first.eventType(), first.aggregateId(), first.unitId(),
                        first.schemeId(), first.error(), first.enqueuedAt()),
                rebuild == null ? null : new ReadModelState.Rebuild(rebuild.done(), rebuild.total(), rebuild.startedAt(),
                        rebuild.eventsPerSecond(), rebuild.secondsLeft(), rebuild.stalledBy(), rebuild.setAside()));
    }
}
