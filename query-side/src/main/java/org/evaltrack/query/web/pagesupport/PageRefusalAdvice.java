package org.evaltrack.query.web.pagesupport;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.evaltrack.query.web.QueryProblems;
import org.evaltrack.query.web.page.WebPage;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Pages answer a refusal with a page (status 403 or 404, the reason in the page's language) and record a
 * 403 in the denial log exactly as the JSON API does.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageRefusalAdvice {

    private final QueryProblems problems;

    PageRefusalAdvice(QueryProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(PageRefused.class)
    String refused(PageRefused refused, HttpServletRequest request, HttpServletResponse response, Model model) {
        problems.noteIfDenied(request, refused.status(), refused.code());
        response.setStatus(refused.status().value());
        model.addAttribute("refusalStatus", refused.status().value());
        model.addAttribute("refusalCode", refused.code());
        return "pagesupport/refused";
    }
}
