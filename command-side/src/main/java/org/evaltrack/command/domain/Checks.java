package org.evaltrack.command.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;

/**
 * The refusals every aggregate shares. Command handlers call these before applying anything,
 * so a refused command leaves no event behind.
 */
public final class Checks {

    private Checks() {
    }

    public static DomainException refusal(ErrorCode code, String detail, String... details) {
        return new DomainException(code, detail, List.of(details));
    }

    public static void require(boolean condition, ErrorCode code, String detail, String... details) {
        if (!condition) {
            throw refusal(code, detail, details);
        }
    }

    /** A refusal whose specifics are labelled, e.g. {@code facts("indicator", "1.2.2", "given", "3.00")}. */
    public static DomainException refusal(ErrorCode code, String detail, Map<String, String> facts) {
        return DomainException.labelled(code, detail, List.of(facts));
    }

    public static void require(boolean condition, ErrorCode code, String detail, Map<String, String> facts) {
        if (!condition) {
            throw refusal(code, detail, facts);
        }
    }

    /** Label, value, label, value…, in the order a reader takes them in; null values are written as "". */
    public static Map<String, String> facts(Object... labelsAndValues) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            facts.put(String.valueOf(labelsAndValues[i]), Objects.toString(labelsAndValues[i + 1], ""));
        }
        return facts;
    }

    public static <T> T present(T value, String field) {
        require(value != null, ErrorCode.VALIDATION_FAILED, field + " is required", facts("field", field, "problem", "required"));
        return value;
    }

    public static String text(String value, String field) {
        require(value != null && !value.isBlank(), ErrorCode.VALIDATION_FAILED, field + " must not be blank",
                facts("field", field, "problem", "blank"));
        return value;
    }

    public static String reason(String reason) {
        require(reason != null && !reason.isBlank(), ErrorCode.REASON_REQUIRED, "a reason is required");
        return reason;
    }

    /** The role named in metadata, or null when it is missing or not one of ours. */
    public static Role roleOf(String role) {
        if (role == null) {
            return null;
        }
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
    }

    public static Role requireRole(String role, Role... allowed) {
        Role actual = roleOf(role);
        require(actual != null && Arrays.asList(allowed).contains(actual), ErrorCode.ROLE_NOT_ALLOWED,
                "role " + role + " may not do this", facts("role", role, "allowed", Arrays.toString(allowed)));
        return actual;
    }
}
