package org.evaltrack.command.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.limit.NumberLimit;
import org.evaltrack.kernel.score.Score;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns every failure of a command-side controller into RFC 9457 problem+json. Limited to the
 * command side's controllers so the query side can answer its own way; nothing here ever puts a
 * stack trace or an exception message from a library into a response. Failures that happen before a
 * handler is chosen are answered by {@link UnroutedRequestAdvice}.
 */
@RestControllerAdvice(basePackages = "org.evaltrack.command")
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class CommandProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(CommandProblemAdvice.class);

    private final ProblemFactory problems;
    private final LimitRefusals limits;

    public CommandProblemAdvice(ProblemFactory problems, @Qualifier("errorMessageSource") MessageSource messages) {
        this.problems = problems;
        this.limits = new LimitRefusals(messages);
    }

    @ExceptionHandler({
            DomainException.class,
            CommandExecutionException.class,
            CompletionException.class,
            ExecutionException.class,
            AggregateNotFoundException.class,
            ConcurrencyException.class,
            ConflictingModificationException.class,
            AggregateStreamCreationException.class,
            AccessDeniedException.class,
            AuthenticationException.class})
    public ResponseEntity<Problem> refused(Exception failure, HttpServletRequest request) {
        return ExceptionTranslator.translate(failure, request)
                .map(spec -> respond(spec, failure, request))
                .orElseGet(() -> unexpected(failure, request));
    }

    @ExceptionHandler(BindException.class)
    public ResponseEntity<Problem> invalidFields(BindException failure, HttpServletRequest request) {
        List<String> details = new ArrayList<>();
        Locale locale = ErrorLocales.resolve(request);
        List<FieldError> fields = failure.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .toList();
        fields.forEach(error -> details.add(limits.describe(error, locale).orElseGet(() -> fieldProblem(error))));
        failure.getBindingResult().getGlobalErrors().stream()
                .map(ObjectError::getDefaultMessage)
                .forEach(details::add);
        // a field beyond one of the kernel's limits names that limit; anything else is plain validation
        ErrorCode code = fields.stream().map(LimitRefusals::codeOf).flatMap(Optional::stream).findFirst()
                .orElse(ErrorCode.VALIDATION_FAILED);
        return respond(ProblemSpec.of(code, details), failure, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    public ResponseEntity<Problem> invalidParameters(HandlerMethodValidationException failure, HttpServletRequest request) {
        List<String> details = failure.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> result.getMethodParameter().getParameterName() + ": " + error.getDefaultMessage()))
                .sorted()
                .toList();
        return respond(ProblemSpec.of(ErrorCode.VALIDATION_FAILED, details), failure, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Problem> violatedConstraints(ConstraintViolationException failure, HttpServletRequest request) {
        List<String> details = failure.getConstraintViolations().stream()
                .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                .sorted()
                .toList();
        return respond(ProblemSpec.of(ErrorCode.VALIDATION_FAILED, details), failure, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Problem> unreadable(HttpMessageNotReadableException failure, HttpServletRequest request) {
        return respond(UnreadableBody.describe(failure), failure, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Problem> wrongParameterType(MethodArgumentTypeMismatchException failure, HttpServletRequest request) {
        Optional<DomainException> domain = ExceptionTranslator.findDomainException(failure);
        if (domain.isPresent()) {
            List<Object> details = ExceptionTranslator.detailsOf(domain.get()).stream()
                    .map(detail -> located(failure.getName(), detail))
                    .toList();
            return respond(ProblemSpec.of(domain.get().code(), details), failure, request);
        }
        ErrorCode code = isScoreType(failure.getRequiredType()) ? ErrorCode.INVALID_SCORE : ErrorCode.MALFORMED_REQUEST;
        return respond(ProblemSpec.of(code, List.of(failure.getName())), failure, request);
    }

    @ExceptionHandler({
            MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class,
            ServletRequestBindingException.class})
    public ResponseEntity<Problem> missingInput(Exception failure, HttpServletRequest request) {
        List<String> details = List.of();
        if (failure instanceof MissingServletRequestParameterException missing) {
            details = List.of(missing.getParameterName());
        } else if (failure instanceof MissingServletRequestPartException missing) {
            details = List.of(missing.getRequestPartName());
        }
        return respond(ProblemSpec.of(ErrorCode.MALFORMED_REQUEST, details), failure, request);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Problem> anythingElse(Exception failure, HttpServletRequest request) {
        Optional<ProblemSpec> translated = ExceptionTranslator.translate(failure, request);
        if (translated.isPresent()) {
            return respond(translated.get(), failure, request);
        }
        if (failure instanceof ErrorResponse statusCarrying) {
            ProblemSpec spec = forStatus(statusCarrying.getStatusCode());
            if (spec != null) {
                return respond(spec, failure, request);
            }
        }
        return unexpected(failure, request);
    }

    /** Spring's own status-carrying exceptions (ResponseStatusException and the like). */
    private static ProblemSpec forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ProblemSpec.of(ErrorCode.MALFORMED_REQUEST);
            case 403 -> ProblemSpec.of(ErrorCode.FORBIDDEN);
            case 404 -> ProblemSpec.of(WebErrorCode.RESOURCE_NOT_FOUND);
            case 405 -> ProblemSpec.of(WebErrorCode.METHOD_NOT_ALLOWED);
            case 406 -> ProblemSpec.of(WebErrorCode.NOT_ACCEPTABLE);
            case 409 -> ProblemSpec.of(ErrorCode.CONCURRENT_MODIFICATION);
            case 413 -> ProblemSpec.of(ErrorCode.PAYLOAD_TOO_LARGE);
            case 415 -> ProblemSpec.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
            default -> null;
        };
    }

    private ResponseEntity<Problem> respond(ProblemSpec given, Exception failure, HttpServletRequest request) {
        ProblemSpec spec = inWords(given, failure, request);
        if (log.isDebugEnabled()) {
            // the exception type only: messages of binding exceptions quote rejected values, passwords included
            log.debug("{} {} refused with {} ({})", request.getMethod(), request.getRequestURI(), spec.code(),
                    failure.getClass().getSimpleName());
        }
        return problems.respond(spec, request);
    }

    /** The kernel's limit refusals carry raw specifics; a clerk gets them as a sentence in their language. */
    private ProblemSpec inWords(ProblemSpec spec, Exception failure, HttpServletRequest request) {
        return ExceptionTranslator.findDomainException(failure)
                .filter(domain -> domain.code().name().equals(spec.code()))
                .flatMap(domain -> limits.describe(domain, ErrorLocales.resolve(request)))
                .map(sentence -> new ProblemSpec(spec.code(), spec.status(), List.<Object>of(sentence)))
                .orElse(spec);
    }

    private ResponseEntity<Problem> unexpected(Exception failure, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), failure);
        return problems.respond(ProblemSpec.of(WebErrorCode.INTERNAL_ERROR), request);
    }

    /** A refusal met while reading one field: a labelled detail gains the field's name, a sentence its prefix. */
    static Object located(String field, Object detail) {
        if (detail instanceof Map<?, ?> facts) {
            Map<Object, Object> withField = new LinkedHashMap<>();
            withField.put("field", field);
            withField.putAll(facts);
            return withField;
        }
        return field + ": " + detail;
    }

    private static String fieldProblem(FieldError error) {
        return error.getField() + ": " + error.getDefaultMessage();
    }

    static boolean isScoreType(Class<?> type) {
        return type != null && (Score.class.isAssignableFrom(type) || BigDecimal.class.isAssignableFrom(type));
    }

    /** Reads Jackson's failure without quoting its messages, which name Java classes. */
    static final class UnreadableBody {

        private UnreadableBody() {
        }

        static ProblemSpec describe(HttpMessageNotReadableException failure) {
            StreamConstraintsException tooLong = outermost(failure, StreamConstraintsException.class);
            if (tooLong != null) {
                // Jackson refused a number literal longer than the kernel reads at all; its text is not quoted
                return ProblemSpec.of(ErrorCode.NUMBER_NOT_ACCEPTED, List.of(
                        "at most " + NumberLimit.MAX_LITERAL_CHARS + " characters per number"));
            }
            JsonMappingException mapping = outermost(failure, JsonMappingException.class);
            String path = mapping == null ? "" : path(mapping);
            Optional<DomainException> domain = ExceptionTranslator.findDomainException(failure);
            if (domain.isPresent()) {
                List<Object> details = ExceptionTranslator.detailsOf(domain.get()).stream()
                        .map(detail -> path.isEmpty() ? detail : located(path, detail))
                        .toList();
                return ProblemSpec.of(domain.get().code(), details);
            }
            if (mapping instanceof MismatchedInputException mismatch && isScoreType(mismatch.getTargetType())) {
                return ProblemSpec.of(ErrorCode.INVALID_SCORE, path.isEmpty() ? List.of() : List.of(path + ": not a valid score"));
            }
            if (mapping != null) {
                return ProblemSpec.of(ErrorCode.MALFORMED_REQUEST, List.of(describe(mapping, path)));
            }
            JsonParseException syntax = outermost(failure, JsonParseException.class);
            if (syntax != null && syntax.getLocation() != null) {
                return ProblemSpec.of(ErrorCode.MALFORMED_REQUEST, List.of(
                        "malformed JSON at line " + syntax.getLocation().getLineNr() + ", column " + syntax.getLocation().getColumnNr()));
            }
            return ProblemSpec.of(ErrorCode.MALFORMED_REQUEST, List.of("request body missing or unreadable"));
        }

        private static String describe(JsonMappingException mapping, String path) {
            String where = path.isEmpty() ? "body" : path;
            if (mapping instanceof UnrecognizedPropertyException) {
                return where + ": unknown field";
            }
            if (mapping instanceof InvalidFormatException || mapping instanceof MismatchedInputException) {
                return where + ": wrong type or format";
            }
            if (mapping instanceof ValueInstantiationException && mapping.getCause() instanceof IllegalArgumentException invalid
                    && invalid.getMessage() != null) {
                // our own value types (ids, deadlines) explain themselves without naming classes
                return where + ": " + invalid.getMessage();
            }
            return where + ": invalid value";
        }

        private static String path(JsonMappingException mapping) {
            return mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? "." + reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
        }

        private static <T extends Throwable> T outermost(Throwable failure, Class<T> type) {
            Throwable current = failure;
            for (int depth = 0; current != null && depth < 16; depth++) {
                if (type.isInstance(current)) {
                    return type.cast(current);
                }
                current = current.getCause() == current ? null : current.getCause();
            }
            return null;
        }
    }
}
