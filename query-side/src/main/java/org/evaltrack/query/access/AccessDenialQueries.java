package org.evaltrack.query.access;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.query.admin.AccessDenials;
import org.evaltrack.kernel.query.admin.ListAccessDenials;
import org.springframework.stereotype.Component;

/** The refused requests for the office's page, from the same lookup that answers {@code GET /api/access-denials}. */
@Component
class AccessDenialQueries {

    private final AccessDenialLog denials;

    AccessDenialQueries(AccessDenialLog denials) {
        this.denials = denials;
    }

    @QueryHandler
    AccessDenials handle(ListAccessDenials query) {
        AccessDenialPage found = denials.find(null, null, null, query.page(), query.size());
        return new AccessDenials(found.page(), found.size(), found.total(), found.items().stream()
                .map(d -> new AccessDenials.Denial(d.occurredAt(), d.userId(), d.username(), d.role(), d.method(), d.path(),
                        d.code(), d.remoteAddress(), d.accountTried()))
                .toList());
    }
}
