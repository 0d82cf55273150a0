package org.evaltrack.command.web;

import org.evaltrack.websupport.database.DatabaseFailures;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Finds the meaningful failure inside the wrappers that Axon, futures and Jackson put around it
 * (CommandExecutionException, CompletionException, ValueInstantiationException, ...).
 */
final class ExceptionTranslator {

    private static final int MAX_DEPTH = 16;
    private static final Pattern CODE_PREFIX = Pattern.compile("^[A-Z_]+: ");

    private ExceptionTranslator() {
    }

    static Optional<ProblemSpec> translate(Throwable failure, HttpServletRequest request) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            Optional<ProblemSpec> found = translateOne(current, request);
            if (found.isPresent()) {
                return found;
            }
            if (current.getCause() == current) {
                break;
            }
            current = current.getCause();
        }
        return Optional.empty();
    }

    static Optional<DomainException> findDomainException(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof DomainException domain) {
                return Optional.of(domain);
            }
            if (current instanceof HandlerExecutionException handler
                    && handler.getDetails().orElse(null) instanceof DomainException domain) {
                return Optional.of(domain);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return Optional.empty();
    }

    /** The user-facing specifics: the labelled facts, else the message arguments, else the refusal's own text. */
    static List<?> detailsOf(DomainException domain) {
        if (!domain.facts().isEmpty()) {
            return domain.facts();
        }
        if (!domain.details().isEmpty()) {
            return domain.details();
        }
        String text = domain.getMessage() == null ? "" : CODE_PREFIX.matcher(domain.getMessage()).replaceFirst("");
        return text.isBlank() ? List.of() : List.of(text);
    }

    private static Optional<ProblemSpec> translateOne(Throwable failure, HttpServletRequest request) {
        if (failure instanceof DomainException domain) {
            return Optional.of(ProblemSpec.of(domain.code(), detailsOf(domain)));
        }
        if (failure instanceof HandlerExecutionException handler) {
            Object details = handler.getDetails().orElse(null);
            if (details instanceof DomainException domain) {
                return Optional.of(ProblemSpec.of(domain.code(), detailsOf(domain)));
            }
            if (details instanceof ErrorCode code) {
                return Optional.of(ProblemSpec.of(code));
            }
            if (details instanceof String name) {
                Optional<ErrorCode> code = errorCodeNamed(name);
                if (code.isPresent()) {
                    return Optional.of(ProblemSpec.of(code.get()));
                }
            }
        }
        if (failure instanceof ConflictingAggregateVersionException stale) {
            return Optional.of(ProblemSpec.of(ErrorCode.CONCURRENT_MODIFICATION, List.of(
                    "expectedVersion=" + stale.getExpectedVersion(),
                    "actualVersion=" + stale.getActualVersion())));
        }
        if (failure instanceof ConcurrencyException
                || failure instanceof ConflictingModificationException
                || failure instanceof AggregateStreamCreationException
                || failure instanceof OptimisticLockingFailureException) {
            return Optional.of(ProblemSpec.of(ErrorCode.CONCURRENT_MODIFICATION));
        }
        if (failure instanceof AggregateNotFoundException missing) {
            return Optional.of(NotFoundCodes.forMissingAggregate(missing, request));
        }
        if (DatabaseFailures.isUnavailable(failure)) {
            return Optional.of(ProblemSpec.of(WebErrorCode.DATABASE_UNAVAILABLE));
        }
        if (failure instanceof AccessDeniedException) {
            return Optional.of(ProblemSpec.of(ErrorCode.FORBIDDEN));
        }
        if (failure instanceof AuthenticationException) {
            return Optional.of(ProblemSpec.of(WebErrorCode.UNAUTHENTICATED));
        }
        return Optional.empty();
    }

    private static Optional<ErrorCode> errorCodeNamed(String name) {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.name().equals(name)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
