package org.evaltrack.kernel.error;

import java.util.List;
import java.util.Objects;

/**
 * A refused command. Carries a stable {@link ErrorCode} (the wire format) and details such as the
 * list of budget mismatches; the user-facing text comes from message bundles keyed by the code.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final List<String> details;

    public DomainException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public DomainException(ErrorCode code, String detail, List<String> details) {
        super(code.name() + ": " + detail);
        this.code = Objects.requireNonNull(code);
        this.details = List.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    /** Message arguments for the user-facing text, in the order the bundle expects. */
    public List<String> details() {
        return details;
    }
}
