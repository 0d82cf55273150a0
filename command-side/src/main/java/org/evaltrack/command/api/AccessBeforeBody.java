package org.evaltrack.command.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evaltrack.command.directory.TaskRef;
import org.evaltrack.command.security.Actor;
import org.evaltrack.command.security.ActorProvider;
import org.evaltrack.command.security.PersonalTokenAuthentication;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.command.web.ProblemFactory;
import org.evaltrack.command.web.ProblemSpec;
import org.evaltrack.kernel.error.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Judges {@link CallerMay} from the account and the URL, then the size of the body, before Spring
 * resolves the handler's arguments: a caller without the right is refused (and noted as a denial)
 * without a byte of their body being read, and nobody's oversize body is parsed.
 */
public class AccessBeforeBody implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessBeforeBody.class);

    private final ActorProvider actors;
    private final AccessGuard guard;
    private final ObjectProvider<ProblemFactory> problems;

    public AccessBeforeBody(ActorProvider actors, AccessGuard guard, ObjectProvider<ProblemFactory> problems) {
        this.actors = actors;
        this.guard = guard;
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        try {
            judge(method, request);
            return true;
        } catch (DomainException refused) {
            ProblemFactory problems = this.problems.getIfAvailable();
            if (problems == null || !hasBody(request)) {
                throw refused;
            }
            // the body stays unread: answered whole here, so the answer arrives even if the container then drops it
            log.debug("{} {} refused before its body was read: {}", request.getMethod(), request.getRequestURI(), refused.code());
            writeWhole(problems, refused, request, response);
            return false;
        }
    }

    private static void writeWhole(ProblemFactory problems, DomainException refused, HttpServletRequest request,
                                   HttpServletResponse response) {
        try {
            problems.writeWhole(ProblemSpec.of(refused.code(), refused.details()), request, response);
        } catch (IOException gone) {
            throw new UncheckedIOException(gone);
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private void judge(HandlerMethod method, HttpServletRequest request) {
        if (method.hasMethodAnnotation(PasswordOrSessionOnly.class) && PersonalTokenAuthentication.isCurrent()) {
            throw new DomainException(ErrorCode.TOKEN_NEEDS_PASSWORD, "signed in with a personal token",
                    List.of("Authorization: Bearer"));
        }
        CallerMay rule = method.getMethodAnnotation(CallerMay.class);
        if (rule != null) {
            check(rule, pathVariables(request));
        }
        if (!isMultipart(request)) {
            BoundedBody.requireAtMost(request, BodyLimits.of(method));
        }
    }

    /**
     * Whether the signed-in caller may call {@code handler} with the URL's ids, without refusing: for
     * filters that must not read a body the handler would refuse.
     */
    public boolean permits(HandlerMethod handler, HttpServletRequest request) {
        CallerMay rule = handler.getMethodAnnotation(CallerMay.class);
        if (rule == null) {
            return true;
        }
        try {
            check(rule, pathVariables(request));
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private void check(CallerMay rule, Map<String, String> path) {
        Actor actor = actors.current();
        guard.requireRole(actor, rule.roles());
        switch (rule.scope()) {
            case ANY -> { }
            case OWN_UNIT -> guard.requireOwnUnit(actor, assessment(path));
            case NOT_OWN_UNIT_REVIEW -> guard.requireNotOwnUnitReview(actor, assessment(path));
            case OWN_UNIT_TASK -> {
                AssessmentId assessment = assessment(path);
                guard.requireOwnUnit(actor, assessment);
                TaskRef task = guard.requireTaskOf(assessment, PathIds.task(path.get("taskId")));
                if (actor.is(Role.LEADER)) {
                    guard.requireLeads(actor, task);
                }
            }
        }
    }

    private static AssessmentId assessment(Map<String, String> path) {
        return PathIds.assessment(path.get("assessmentId"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
