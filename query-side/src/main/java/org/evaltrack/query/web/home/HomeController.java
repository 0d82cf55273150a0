package org.evaltrack.query.web.home;

import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.page.PageDirectory;
import org.evaltrack.query.web.page.WebPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in: what the signed-in role has to do next. */
@WebPage
class HomeController {

    private final HomeOverview overview;
    private final PageDirectory directory;

    HomeController(HomeOverview overview, PageDirectory directory) {
        this.overview = overview;
        this.directory = directory;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal QueryUser user, Model model) {
        switch (user.role()) {
            case SUBMITTER -> {
                model.addAttribute("submitter", overview.submitter(user));
                model.addAttribute("schemeTitles", directory.schemeTitles());
            }
            case REVIEWER -> model.addAttribute("reviewer", overview.reviewer());
            case LEADER -> model.addAttribute("leader", overview.leader(user));
            case ADMIN -> model.addAttribute("admin", overview.admin());
        }
        return "home";
    }
}
