package org.evaltrack.query.web.imports;

import java.util.List;

import org.evaltrack.kernel.actor.Role;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.page.WebPage;
import org.evaltrack.kernel.query.totals.AssessmentChoice;
import org.evaltrack.query.web.page.PageDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Excel imports in the browser: the performance office imports a scheme, a unit's submitter its claims.
 * The page only offers the templates and the upload forms; the workbook goes from the browser straight
 * to the command side's import endpoints, which check it and answer the row problems the page lists.
 * ADMIN and SUBMITTER only (PageSecurityConfig); a submitter is offered its own unit's assessments.
 */
@WebPage
class ImportPageController {

    private final PageDirectory directory;

    ImportPageController(PageDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/imports")
    String imports(@AuthenticationPrincipal QueryUser user, Model model) {
        boolean admin = user.role() == Role.ADMIN;
        // a submitter without a unit must not fall through to "every unit"
        List<AssessmentChoice> assessments = admin ? directory.assessments(null)
                : user.unitId() == null ? List.of() : directory.assessments(user.unitId());
        model.addAttribute("schemeImport", admin);
        model.addAttribute("assessments", assessments);
        return "imports/imports";
    }
}
