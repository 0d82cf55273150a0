package org.evaltrack.command.api;

import java.util.List;
import java.util.function.Function;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.evaltrack.kernel.scheme.SchemeId;

/** Typed ids from URL segments; a segment no id could have is a malformed request, not a server error. */
public final class PathIds {

    private PathIds() {
    }

    public static SchemeId scheme(String raw) {
        return parse(raw, SchemeId::of, "schemeId");
    }

    public static AssessmentId assessment(String raw) {
        return parse(raw, AssessmentId::of, "assessmentId");
    }

    public static EvidenceId evidence(String raw) {
        return parse(raw, EvidenceId::of, "evidenceId");
    }

    public static BonusClaimId bonusClaim(String raw) {
        return parse(raw, BonusClaimId::of, "bonusClaimId");
    }

    public static TaskId task(String raw) {
        return parse(raw, TaskId::of, "taskId");
    }

    /** Codes (indicator, category, veto condition) follow the same length rule as ids. */
    public static String code(String raw, String name) {
        return parse(raw, value -> {
            if (value.isBlank() || !TextRule.accepts(value, TextLimit.CODE)) {
                throw new IllegalArgumentException(name);
            }
            return value;
        }, name);
    }

    private static <T> T parse(String raw, Function<String, T> factory, String name) {
        try {
            return factory.apply(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST, name + " is not a valid id", List.of(name));
        }
    }
}
