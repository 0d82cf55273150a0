package org.evaltrack.websupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Where every request ends that failed without an answer of its own (an exception no advice took,
 * a {@code sendError}): problem+json under /api, otherwise a page in the page's language (the application's own
 * error page where it offers one, {@link ErrorPagePath}); never
 * Spring's plain error JSON nor its "Whitelabel Error Page", never a stack trace or exception text.
 */
@Controller // registered by WebSupportAutoConfiguration; no side scans this package
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private final ErrorTexts texts = new ErrorTexts();
    private final ObjectProvider<ErrorPagePath> pages;

    public ProblemErrorController() {
        this(null);
    }

    public ProblemErrorController(ObjectProvider<ErrorPagePath> pages) {
        this.pages = pages;
    }

    @RequestMapping
    public ResponseEntity<byte[]> error(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        int status = status(request);
        Object failedPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failedPath instanceof String s ? s : request.getRequestURI();
        if (ErrorTexts.isApi(path)) {
            ErrorAnswer answer = texts.answer(status, ErrorTexts.apiLocale(request.getHeader("Accept-Language")));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(answer.problemJson(path));
        }
        ErrorPagePath page = pages == null ? null : pages.getIfAvailable();
        // the page's own error page, unless that page is what failed
        if (page != null && !path.startsWith(page.path()) && !response.isCommitted()) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
            request.getRequestDispatcher(page.path()).forward(request, response);
            return null;
        }
        ErrorAnswer answer = texts.answer(status, RequestContextUtils.getLocale(request));
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(answer.html().getBytes(StandardCharsets.UTF_8));
    }

    /** A direct visit of /error, with no failure behind it, is a 404 like any unknown address. */
    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer status && status >= 400) {
            return status;
        }
        return code == null ? HttpStatus.NOT_FOUND.value() : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }
}
