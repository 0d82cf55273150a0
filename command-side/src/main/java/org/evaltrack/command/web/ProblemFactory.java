package org.evaltrack.command.web;

import org.evaltrack.websupport.database.DatabaseFailures;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.evaltrack.websupport.problem.ProblemResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Puts a {@link ProblemSpec} into words in the reader's language and onto the wire. */
@Component
public class ProblemFactory {

    private final MessageSource messages;
    private final ObjectMapper objectMapper;

    private final DeniedAttempts deniedAttempts;

    public ProblemFactory(MessageSource messages, ObjectMapper objectMapper) {
        this(messages, objectMapper, (request, code) -> { });
    }

    @Autowired
    public ProblemFactory(@Qualifier("errorMessageSource") MessageSource messages, ObjectMapper objectMapper,
                          ObjectProvider<DeniedAttempts> deniedAttempts) {
        this(messages, objectMapper, deniedAttempts.getIfAvailable(() -> (request, code) -> { }));
    }

    private ProblemFactory(MessageSource messages, ObjectMapper objectMapper, DeniedAttempts deniedAttempts) {
        this.messages = messages;
        this.objectMapper = objectMapper;
        this.deniedAttempts = deniedAttempts;
    }

    public Problem create(ProblemSpec spec, HttpServletRequest request) {
        Locale locale = ErrorLocales.resolve(request);
        return new Problem(
                Problem.TYPE_PREFIX + spec.code(),
                text(spec.code() + ".title", locale, spec.code()),
                spec.status().value(),
                text(spec.code() + ".detail", locale, spec.code()),
                request == null ? null : request.getRequestURI(),
                spec.code(),
                spec.details());
    }

    public ResponseEntity<Problem> respond(ProblemSpec spec, HttpServletRequest request) {
        noteIfDenied(spec, request);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(spec.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, ErrorLocales.resolve(request).toLanguageTag());
        if (spec.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
        }
        return response.body(create(spec, request));
    }

    /** For filters, which answer before Spring MVC's message converters are in play. */
    public void write(ProblemSpec spec, HttpServletRequest request, HttpServletResponse response) throws IOException {
        noteIfDenied(spec, request);
        ProblemResponses.write(response, spec.status().value(), ErrorLocales.resolve(request),
                objectMapper.writeValueAsBytes(create(spec, request)));
    }

    /**
     * For refusals sent while the request's body is still unread: the whole answer with its Content-Length,
     * flushed, so it arrives complete even when the container then closes the connection instead of
     * draining a large body.
     */
    public void writeWhole(ProblemSpec spec, HttpServletRequest request, HttpServletResponse response) throws IOException {
        noteIfDenied(spec, request);
        byte[] body = objectMapper.writeValueAsBytes(create(spec, request));
        response.setHeader(HttpHeaders.CONNECTION, "close");
        ProblemResponses.write(response, spec.status().value(), ErrorLocales.resolve(request), body);
        response.flushBuffer();
    }

    /** Every 401, 403 and 429 (sign-in throttled) leaves this way, from the security handlers and the advice alike, so it is noted here. */
    private void noteIfDenied(ProblemSpec spec, HttpServletRequest request) {
        if (ProblemResponses.isDenial(spec.status().value()) && request != null) {
            deniedAttempts.denied(request, spec.code());
        }
    }

    private String text(String key, Locale locale, String fallback) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException missing) {
            // the bundle completeness test should make this unreachable; never fail an error response over it
            return fallback;
        }
    }
}
