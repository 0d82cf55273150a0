package org.evaltrack.query.web.page;

import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page address that failed (400, 403, 404, 500, ...) answered in the application's layout and the reader's
 * language with a way home, instead of a bare page: the error handler of web-support forwards here.
 * API addresses keep their problem+json.
 */
@WebPage
class ErrorPageController {

    static final String PATH = "/page-error";

    /** Statuses with words of their own; any other failure is said as its class (4xx: 400, 5xx: 500). */
    private static final Set<Integer> WORDED = Set.of(400, 403, 404, 500);

    @RequestMapping(PATH)
    String failed(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer s && s >= 400 ? s : 404;
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("worded", WORDED.contains(status) ? status : status >= 500 ? 500 : 400);
        // the switch keeps the reader on the address that failed, not on this one
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failed instanceof String path && !path.startsWith(PATH)) {
            model.addAttribute("languageLinks", new PageModelAdvice.LanguageLinks(in(path, LanguageSwitch.CHINESE),
                    in(path, LanguageSwitch.ENGLISH)));
        }
        return "failed";
    }

    private static String in(String path, String language) {
        return UriComponentsBuilder.fromPath(path).queryParam(LanguageSwitch.PARAMETER, language).build().toUriString();
    }
}
