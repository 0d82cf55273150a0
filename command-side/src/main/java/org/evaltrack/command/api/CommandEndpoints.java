package org.evaltrack.command.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The handler a request will reach, found ahead of the dispatcher for filters that read the body
 * (idempotency): they ask whether the caller may call it and how large a body it takes first.
 */
@Component
public class CommandEndpoints {

    private final RequestMappingHandlerMapping mapping;
    private final AccessBeforeBody access;

    public CommandEndpoints(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
                            AccessBeforeBody access) {
        this.mapping = mapping;
        this.access = access;
    }

    /** The body limit of the request's handler; empty when there is none or the caller may not call it. */
    public Optional<Long> bodyLimitIfPermitted(HttpServletRequest request) {
        Object previousPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain == null || !(chain.getHandler() instanceof HandlerMethod handler)) {
                return Optional.empty();
            }
            return access.permits(handler, request) ? Optional.of(BodyLimits.of(handler)) : Optional.empty();
        } catch (Exception unroutable) {
            return Optional.empty();
        } finally {
            if (previousPath instanceof RequestPath path) {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, path);
            } else {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
