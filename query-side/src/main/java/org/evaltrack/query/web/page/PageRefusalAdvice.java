package org.evaltrack.query.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.QueryProblems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refused page is a page (403, 404 or 503), not JSON. Its heading is the API's problem title; its sentence
 * is the page's own wording where one exists (no ids), else the API's. Denials are logged like the API's.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the catch-all page error handling
class PageRefusalAdvice {

    private final QueryProblems problems;
    private final PageModelAdvice layout;

    PageRefusalAdvice(QueryProblems problems, PageModelAdvice layout) {
        this.problems = problems;
        this.layout = layout;
    }

    @ExceptionHandler(PageRefused.class)
    String refused(PageRefused refused, HttpServletRequest request, HttpServletResponse response, Model model,
                   @AuthenticationPrincipal QueryUser account) {
        problems.noteIfDenied(request, refused.status(), refused.code());
        response.setStatus(refused.status().value());
        // exception handlers do not get the @ModelAttribute methods' model: the layout's is added here
        model.addAttribute("languageLinks", layout.languageLinks());
        model.addAttribute("account", account);
        model.addAttribute("problem",
                problems.problem(refused.status(), refused.code(), LocaleContextHolder.getLocale(), refused.args()));
        model.addAttribute("refusalCode", refused.code());
        return "refused";
    }
}
