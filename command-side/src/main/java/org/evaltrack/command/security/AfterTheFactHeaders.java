package org.evaltrack.command.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AfterTheFact;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A past year entered after the fact (补录) over HTTP: {@code Stated-At} (ISO-8601 instant) and
 * {@code Stated-Reason} (percent-encoded UTF-8, as {@code encodeURIComponent} writes it) on any command
 * call. Only the performance office may send them: anyone else is refused here, before the body is read;
 * and on a review step marked {@link OfficeAfterTheFactOnly} the office is refused without them.
 * The aggregate judges the values; {@link ActorMetaDataInterceptor} passes them on as metadata.
 */
public class AfterTheFactHeaders implements HandlerInterceptor {

    public static final String STATED_AT = "Stated-At";
    public static final String STATED_REASON = "Stated-Reason";

    private final ActorProvider actors;

    public AfterTheFactHeaders(ActorProvider actors) {
        this.actors = actors;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Optional<Role> role = signedInRole();
        if (request.getHeader(STATED_AT) == null && request.getHeader(STATED_REASON) == null) {
            if (role.isPresent() && role.get() == Role.ADMIN && handler instanceof HandlerMethod method
                    && method.hasMethodAnnotation(OfficeAfterTheFactOnly.class)) {
                throw DomainException.labelled(ErrorCode.ROLE_NOT_ALLOWED, "the office reviews only after the fact",
                        List.of(Map.of("role", Role.ADMIN.name(), "allowed", Role.REVIEWER.name())));
            }
            return true;
        }
        if (role.isEmpty() || role.get() != Role.ADMIN) {
            throw DomainException.labelled(ErrorCode.AFTER_THE_FACT_OFFICE_ONLY,
                    "only the performance office enters a past year after the fact",
                    List.of(Map.of("role", role.map(Role::name).orElse(""), "allowed", Role.ADMIN.name())));
        }
        return true;
    }

    private Optional<Role> signedInRole() {
        try {
            return Optional.of(actors.current().role());
        } catch (DomainException nobody) {
            return Optional.empty();
        }
    }

    /** The metadata the current request's headers ask for; empty outside a request or without them. */
    static Map<String, Object> metaData() {
        Map<String, Object> metaData = new HashMap<>();
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String statedAt = request.getHeader(STATED_AT);
            String reason = request.getHeader(STATED_REASON);
            if (statedAt != null) {
                metaData.put(AfterTheFact.STATED_AT, statedAt.strip());
            }
            if (reason != null) {
                // '+' is kept as written: only %XX sequences are decoded
                metaData.put(AfterTheFact.REASON, decoded(reason));
            }
        }
        return metaData;
    }

    private static String decoded(String header) {
        try {
            return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notPercentEncoded) {
            return header;
        }
    }
}
