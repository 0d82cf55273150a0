package org.evaltrack.command.security;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * Optimistic concurrency without putting versions into every command record: the identifier comes
 * from {@code @TargetAggregateIdentifier} as usual, the expected version from the command's
 * metadata (set from HTTP If-Match). Axon then refuses a command whose caller saw an older version
 * with ConflictingAggregateVersionException. Aggregates opt in with
 * {@code @Aggregate(commandTargetResolver = "expectedVersionResolver")}.
 */
@Component("expectedVersionResolver")
public class ExpectedVersionTargetResolver implements CommandTargetResolver {

    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier annotated = annotations.resolveTarget(command);
        Long expected = expectedVersion(command.getMetaData().get(ActorMetaData.EXPECTED_VERSION));
        return new VersionedAggregateIdentifier(annotated.getIdentifierValue(), expected != null ? expected : annotated.getVersion());
    }

    /** Long as the web layer puts it; other numbers and numeric text survive a serialising bus. */
    static Long expectedVersion(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Long version) {
            return version;
        }
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        throw new DomainException(ErrorCode.MALFORMED_REQUEST, "expected version is not a whole number",
                List.of(ActorMetaData.EXPECTED_VERSION));
    }
}
