package org.evaltrack.query.web.pagesupport;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.QueryProblems;
import org.evaltrack.query.web.page.WebPage;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Pages answer a refusal with a page (status 403 or 404, the reason in the page's language) and record a
 * 403 in the denial log exactly as the JSON API does.
 */
@ControllerAdvice(name = "pageSupportRefusalAdvice", annotations = WebPage.class) // page.PageRefusalAdvice has the default name
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageRefusedAdvice {

    private final QueryProblems problems;

    PageRefusedAdvice(QueryProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(PageRefused.class)
    String refused(PageRefused refused, HttpServletRequest request, HttpServletResponse response, Model model) {
        problems.noteIfDenied(request, refused.status(), refused.code());
        response.setStatus(refused.status().value());
        // an exception handler's model gets no @ModelAttribute methods: the layout's two are added here
        model.addAttribute("languageLinks", new LanguageLinks(PageLinks.sameWith("lang", "zh-CN"), PageLinks.sameWith("lang", "en")));
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("account", signedIn != null && signedIn.getPrincipal() instanceof QueryUser user ? user : null);
        model.addAttribute("refusalStatus", refused.status().value());
        model.addAttribute("refusalCode", refused.code());
        return "pagesupport/refused";
    }

    /** The same address in each language, as the layout links it. */
    record LanguageLinks(String chinese, String english) {
    }
}
