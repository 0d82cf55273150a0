package org.evaltrack.query.web.officestatus;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.query.admin.AccessDenials;
import org.evaltrack.kernel.query.admin.ListAccessDenials;
import org.evaltrack.kernel.query.admin.ListReadModelStates;
import org.evaltrack.kernel.query.admin.ReadModelStates;
import org.evaltrack.query.web.page.WebPage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office's view of the system itself (ADMIN only: under {@code /setup}, PageSecurityConfig): where each read
 * model stands, and the requests that were refused. The same answers as {@code GET /api/projections} and
 * {@code GET /api/access-denials}, said in words instead of JSON.
 */
@WebPage
class OfficeStatusPageController {

    static final int PAGE_SIZE = 25;

    private final QueryGateway queries;

    OfficeStatusPageController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/setup/read-models")
    String readModels(Model model) {
        ReadModelStates states = queries.query(new ListReadModelStates(), ResponseTypes.instanceOf(ReadModelStates.class)).join();
        model.addAttribute("readModels", states.readModels().stream().map(ReadModelLine::of).toList());
        return "officestatus/readmodels";
    }

    @GetMapping("/setup/refused-requests")
    String refusedRequests(@RequestParam(defaultValue = "0") int page, Model model) {
        AccessDenials found = queries.query(new ListAccessDenials(Math.max(0, page), PAGE_SIZE),
                ResponseTypes.instanceOf(AccessDenials.class)).join();
        model.addAttribute("denials", found);
        model.addAttribute("rows", found.items().stream().map(RefusalLine::of).toList());
        model.addAttribute("pages", found.total() == 0 ? 1 : (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "officestatus/refused";
    }
}
