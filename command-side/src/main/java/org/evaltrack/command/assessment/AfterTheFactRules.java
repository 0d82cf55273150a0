package org.evaltrack.command.assessment;

import static org.evaltrack.command.domain.Checks.facts;
import static org.evaltrack.command.domain.Checks.reason;
import static org.evaltrack.command.domain.Checks.refusal;
import static org.evaltrack.command.domain.Checks.require;
import static org.evaltrack.command.domain.Checks.roleOf;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AfterTheFact;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.limit.StatedDates;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;

/**
 * The rules of an entry made after the fact (补录): only the office enters one, always with a reason, and
 * its stated date lies in the scheme's years ({@link StatedDates}) and not after the moment it is recorded.
 */
final class AfterTheFactRules {

    private AfterTheFactRules() {
    }

    /** @return the entry's stated date, recorded time and reason; null when no stated date was sent (entered live) */
    static AfterTheFact read(String statedAt, String statedReason, String role, int schemeYear, Instant recordedAt) {
        if (statedAt == null && statedReason == null) {
            return null;
        }
        require(roleOf(role) == Role.ADMIN, ErrorCode.AFTER_THE_FACT_OFFICE_ONLY,
                "only the performance office enters a past year after the fact",
                facts("role", role, "allowed", Role.ADMIN));
        reason(statedReason);
        TextRule.require(statedReason, TextLimit.REASON, "statedReason");
        Instant stated = parse(statedAt, schemeYear, recordedAt);
        require(StatedDates.allows(stated, schemeYear, recordedAt), ErrorCode.STATED_DATE_NOT_ACCEPTED,
                "the stated date " + stated + " is outside " + StatedDates.earliest(schemeYear) + ".."
                        + StatedDates.latest(schemeYear) + " or after the recorded time " + recordedAt,
                allowed(statedAt, schemeYear, recordedAt));
        return new AfterTheFact(stated, recordedAt, statedReason);
    }

    private static Instant parse(String statedAt, int schemeYear, Instant recordedAt) {
        require(statedAt != null, ErrorCode.STATED_DATE_NOT_ACCEPTED, "a reason was given without a stated date",
                allowed(null, schemeYear, recordedAt));
        try {
            return Instant.parse(statedAt);
        } catch (DateTimeParseException e) {
            throw refusal(ErrorCode.STATED_DATE_NOT_ACCEPTED,
                    "the stated date is not an ISO-8601 instant", allowed(statedAt, schemeYear, recordedAt));
        }
    }

    private static Map<String, String> allowed(String given, int schemeYear, Instant recordedAt) {
        return facts("field", "statedAt", "given", given, "min", StatedDates.earliest(schemeYear),
                "max", StatedDates.latest(schemeYear), "recordedAt", recordedAt);
    }
}
