package org.evaltrack.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Failures that happen before a handler is chosen (multipart parsing, no mapping for the method,
 * content type or path) reach no package-scoped advice. This advice is therefore global, but it
 * answers only command requests: for anything else it rethrows, which makes Spring carry on with
 * its default handling as if this advice did not exist, leaving the query side's requests alone.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UnroutedRequestAdvice {

    private final ProblemFactory problems;

    public UnroutedRequestAdvice(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<Problem> tooLarge(MaxUploadSizeExceededException failure, HttpServletRequest request) throws Exception {
        onlyForCommands(failure, request);
        long limit = failure.getMaxUploadSize();
        return problems.respond(ProblemSpec.of(ErrorCode.PAYLOAD_TOO_LARGE, limit > 0 ? List.of("maxBytes=" + limit) : List.of()), request);
    }

    /**
     * A multipart body the container cannot parse (no boundary, cut short, more parts than
     * server.tomcat.max-part-count): the client's fault, so a 400,
     * never the 500 it would otherwise become. The parser's message is not quoted; it names library internals.
     */
    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<Problem> unreadableMultipart(MultipartException failure, HttpServletRequest request) throws Exception {
        onlyForCommands(failure, request);
        return problems.respond(ProblemSpec.of(ErrorCode.MALFORMED_REQUEST,
                List.of("multipart body unreadable: boundary missing, body incomplete or too many parts")), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<Problem> unsupportedMediaType(HttpMediaTypeNotSupportedException failure, HttpServletRequest request) throws Exception {
        onlyForCommands(failure, request);
        List<String> supported = failure.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
        ResponseEntity<Problem> response = problems.respond(ProblemSpec.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, supported), request);
        return supported.isEmpty() ? response : withHeader(response, HttpHeaders.ACCEPT, String.join(", ", supported));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<Problem> methodNotAllowed(HttpRequestMethodNotSupportedException failure, HttpServletRequest request) throws Exception {
        onlyForCommands(failure, request);
        ResponseEntity<Problem> response = problems.respond(ProblemSpec.of(WebErrorCode.METHOD_NOT_ALLOWED), request);
        String[] allowed = failure.getSupportedMethods();
        return allowed == null || allowed.length == 0 ? response : withHeader(response, HttpHeaders.ALLOW, String.join(", ", allowed));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public ResponseEntity<Problem> notAcceptable(HttpMediaTypeNotAcceptableException failure, HttpServletRequest request) throws Exception {
        onlyForCommands(failure, request);
        return problems.respond(ProblemSpec.of(WebErrorCode.NOT_ACCEPTABLE), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public ResponseEntity<Problem> noSuchEndpoint(NoResourceFoundException failure, HttpServletRequest request) throws Exception {
        onlyForCommands(failure, request);
        return problems.respond(ProblemSpec.of(WebErrorCode.RESOURCE_NOT_FOUND), request);
    }

    private static void onlyForCommands(Exception failure, HttpServletRequest request) throws Exception {
        if (!CommandRequests.isCommandRequest(request)) {
            throw failure;
        }
    }

    private static ResponseEntity<Problem> withHeader(ResponseEntity<Problem> response, String name, String value) {
        return ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .header(name, value)
                .body(response.getBody());
    }
}
