package org.evaltrack.command.api;

import java.util.List;
import org.evaltrack.command.security.AccountPrincipal;
import org.evaltrack.command.security.AfterTheFactHeaders;
import org.evaltrack.command.security.AfterAuthorizationFilter;
import org.evaltrack.command.web.ProblemFactory;
import org.evaltrack.command.web.idempotency.IdempotencyFilter;
import org.evaltrack.command.web.idempotency.IdempotencyKeys;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Idempotency keys are checked after authorization: a key belongs to a known caller, and a refused request
 * never occupies one. The endpoint's access and body limit are looked up lazily, once the mappings exist.
 */
@Configuration(proxyBeanMethods = false)
public class IdempotencyFilterConfig {

    @Bean
    AfterAuthorizationFilter idempotencyFilter(IdempotencyKeys keys, ProblemFactory problems,
                                               ObjectProvider<CommandEndpoints> endpoints) {
        return () -> new IdempotencyFilter(keys, problems, AccountPrincipal::signedInUserId,
                request -> endpoints.getObject().bodyLimitIfPermitted(request),
                List.of(AfterTheFactHeaders.STATED_AT, AfterTheFactHeaders.STATED_REASON));
    }
}
