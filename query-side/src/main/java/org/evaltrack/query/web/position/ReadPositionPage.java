package org.evaltrack.query.web.position;

import jakarta.servlet.http.HttpServletRequest;

import org.evaltrack.query.web.page.PageRefused;
import org.evaltrack.query.web.page.WebPage;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page read whose wait for its position ran out is answered as a page (503, the layout, the reader's
 * language), not as JSON: {@link ReadPositionFilter} forwards here with the positions it could not reconcile.
 */
@WebPage
class ReadPositionPage {

    static final String PATH = "/read-position/not-reached";
    static final String WANTED = ReadPositionPage.class.getName() + ".wanted";
    static final String REACHED = ReadPositionPage.class.getName() + ".reached";

    @GetMapping(PATH)
    String notReached(HttpServletRequest request) {
        throw PageRefused.unavailable(ReadPositionFilter.NOT_REACHED,
                text(request.getAttribute(WANTED)), text(request.getAttribute(REACHED)));
    }

    private static String text(Object position) {
        return position == null ? "-" : position.toString();
    }
}
