package org.evaltrack.websupport;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.buf.MessageBytes;

/**
 * Tomcat's own error answers (a NUL or an encoded ".." in the path, headers over the limit, anything
 * refused before Spring is reached): problem+json under /api, a plain page in the reader's language
 * elsewhere, instead of Tomcat's HTML report with its server name.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private final ErrorTexts texts = new ErrorTexts();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own: nothing for 1xx-3xx, nothing once a body was written, once per error
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String path = rawPath(request);
        try {
            String body;
            if (wantsProblem(path, request.getHeader("Accept"))) {
                ErrorAnswer answer = texts.answer(status, ErrorTexts.apiLocale(request.getHeader("Accept-Language")));
                // the path itself may be what was refused: it is not echoed
                body = new String(answer.problemJson(null), StandardCharsets.UTF_8);
                response.setContentType(ErrorAnswer.PROBLEM_JSON);
            } else {
                ErrorAnswer answer = texts.answer(status, ErrorTexts.pageLocale(request.getCookies()));
                body = answer.html();
                response.setContentType("text/html");
            }
            response.setCharacterEncoding("UTF-8");
            // Tomcat's own way to write an error whatever the application already took (stream or writer)
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more can be said
            container.getLogger().debug("error report not written", e);
        }
    }

    /**
     * By the path when Tomcat got as far as reading it; a request line it could not read at all (a raw
     * control character) is answered as the API answers, unless the client asked for a page.
     */
    static boolean wantsProblem(String path, String accept) {
        if (path != null && !path.isEmpty()) {
            return ErrorTexts.isApi(path);
        }
        return accept == null || !accept.contains("text/html");
    }

    /** The path as sent (not decoded: a refused path may not decode at all). */
    private static String rawPath(Request request) {
        MessageBytes uri = request.getCoyoteRequest().requestURI();
        return uri == null ? null : uri.toString();
    }
}
