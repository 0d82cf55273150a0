package org.evaltrack.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.evaltrack.kernel.error.ErrorCode;

/**
 * Axon's AggregateNotFoundException names the identifier but not the aggregate type, so the
 * matching *_NOT_FOUND code is inferred from the identifier's shape and the resource path.
 */
final class NotFoundCodes {

    private NotFoundCodes() {
    }

    static ProblemSpec forMissingAggregate(AggregateNotFoundException missing, HttpServletRequest request) {
        Object id = missing.getAggregateIdentifier();
        List<String> details = id == null ? List.of() : List.of(id.toString());
        if (id != null && id.toString().startsWith("ledger:")) {
            return ProblemSpec.of(ErrorCode.TASK_NOT_FOUND, details);
        }
        List<String> segments = apiSegments(request);
        if (segments.contains("tasks") || segments.contains("ledgers")) {
            return ProblemSpec.of(ErrorCode.TASK_NOT_FOUND, details);
        }
        if (!segments.isEmpty()) {
            switch (segments.get(0)) {
                case "schemes":
                    return ProblemSpec.of(ErrorCode.SCHEME_NOT_FOUND, details);
                case "units":
                    return ProblemSpec.of(ErrorCode.UNIT_NOT_FOUND, details);
                case "assessments":
                    return ProblemSpec.of(ErrorCode.ASSESSMENT_NOT_FOUND, details);
                default:
                    break;
            }
        }
        return ProblemSpec.of(WebErrorCode.RESOURCE_NOT_FOUND, details);
    }

    /** Path segments after /api/, e.g. [assessments, a-1, claims]. */
    private static List<String> apiSegments(HttpServletRequest request) {
        if (request == null || request.getRequestURI() == null) {
            return List.of();
        }
        String path = request.getRequestURI();
        String context = request.getContextPath();
        if (context != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        if (!path.startsWith("/api/")) {
            return List.of();
        }
        return Arrays.stream(path.substring("/api/".length()).split("/"))
                .filter(segment -> !segment.isEmpty())
                .toList();
    }
}
