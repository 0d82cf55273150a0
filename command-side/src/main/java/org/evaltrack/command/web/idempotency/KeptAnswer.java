package org.evaltrack.command.web.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evaltrack.kernel.query.ReadPosition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An answer as a retry gets it again: status, content type, the headers that tell the client
 * something about what happened, and the body.
 */
public record KeptAnswer(int status, String contentType, Map<String, String> headers, byte[] body) {

    /** Headers a replay repeats; the others (dates, connection, caching) belong to each answer of their own. */
    static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, ReadPosition.HEADER,
            HttpHeaders.CONTENT_LANGUAGE);

    public KeptAnswer {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** The answer the chain wrote into {@code recording}, not yet sent. */
    static KeptAnswer of(ContentCachingResponseWrapper recording) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = recording.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new KeptAnswer(recording.getStatus(), recording.getContentType(), headers,
                recording.getContentAsByteArray());
    }

    void writeTo(HttpServletResponse response) throws java.io.IOException {
        response.setStatus(status);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        headers.forEach(response::setHeader);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** One "Name: value" a line; header values never hold a line break. */
    String headerLines() {
        StringBuilder lines = new StringBuilder();
        headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append('\n'));
        return lines.isEmpty() ? null : lines.toString();
    }

    static Map<String, String> parseHeaderLines(String lines) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return headers;
    }
}
