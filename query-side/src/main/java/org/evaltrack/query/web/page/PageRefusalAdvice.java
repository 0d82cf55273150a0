package org.evaltrack.query.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.QueryProblems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refused page is a page (status 403/404), not JSON: the reader sees the API's problem text in the
 * page's language. Denials are recorded in the access log like every other 401/403.
 */
@ControllerAdvice(annotations = WebPage.class)
class PageRefusalAdvice {

    private final QueryProblems problems;
    private final PageModelAdvice layout;

    PageRefusalAdvice(QueryProblems problems, PageModelAdvice layout) {
        this.problems = problems;
        this.layout = layout;
    }

    @ExceptionHandler(PageRefusedException.class)
    String refused(PageRefusedException e, HttpServletRequest request, HttpServletResponse response, Model model,
                   @AuthenticationPrincipal QueryUser account) {
        problems.noteIfDenied(request, e.status(), e.code());
        ProblemDetail problem = problems.problem(e.status(), e.code(), LocaleContextHolder.getLocale(), e.args());
        response.setStatus(e.status().value());
        // exception handlers do not get the @ModelAttribute methods' model: the layout's is added here
        model.addAttribute("languageLinks", layout.languageLinks());
        model.addAttribute("account", account);
        model.addAttribute("problem", problem);
        return "refused";
    }
}
