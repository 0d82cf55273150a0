package org.evaltrack.kernel.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A refused command. Carries a stable {@link ErrorCode} (the wire format) and its specifics: labelled
 * facts such as {@code {"indicator": "1.2.2", "given": "3.00", "min": "0.00", "max": "2.00"}} (one
 * object per thing refused, e.g. one per budget mismatch); the user-facing sentence comes from the
 * message bundles keyed by the code.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final List<String> details;
    private final List<Map<String, String>> facts;

    public DomainException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public DomainException(ErrorCode code, String detail, List<String> details) {
        super(code.name() + ": " + detail);
        this.code = Objects.requireNonNull(code);
        this.details = List.copyOf(details);
        this.facts = List.of();
    }

    /** A refusal whose specifics are labelled; {@link #details()} then lists their values in order. */
    public static DomainException labelled(ErrorCode code, String detail, List<Map<String, String>> facts) {
        return new DomainException(code, detail, facts, true);
    }

    private DomainException(ErrorCode code, String detail, List<Map<String, String>> facts, boolean labelled) {
        super(code.name() + ": " + detail);
        this.code = Objects.requireNonNull(code);
        this.facts = facts.stream().map(f -> Collections.unmodifiableMap(new LinkedHashMap<>(f))).toList();
        this.details = this.facts.stream().flatMap(f -> f.values().stream()).map(v -> Objects.toString(v, "")).toList();
    }

    public ErrorCode code() {
        return code;
    }

    /** The specifics as plain values, in the order they were given (labels dropped). */
    public List<String> details() {
        return details;
    }

    /** The specifics with their labels, one object per thing refused; empty when the refusal gave only values. */
    public List<Map<String, String>> facts() {
        return facts;
    }
}
