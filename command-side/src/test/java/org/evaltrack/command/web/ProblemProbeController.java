package org.evaltrack.command.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Throws on demand, so the advice can be tested for every kind of failure. Read-only paths keep the
 * security chain out of the way; the body-reading ones are POSTs and need a signed-in user.
 * {@code @TestComponent} keeps it out of any application's component scan.
 */
@TestComponent
@RestController
public class ProblemProbeController {

    public record ScoredBody(@NotBlank @Size(max = 10) String name, Score points, int count, SchemeId schemeId) {
    }

    @GetMapping("/api/probe/domain/{code}")
    String domain(@PathVariable ErrorCode code) {
        throw new DomainException(code, "probe refusal", List.of("first detail", "second detail"));
    }

    @GetMapping("/api/probe/database-unavailable")
    String databaseUnavailable() {
        throw new CommandExecutionException("command failed", new org.springframework.transaction.CannotCreateTransactionException(
                "no connection", new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
    }

    @GetMapping("/api/probe/domain-without-details")
    String domainWithoutDetails() {
        throw new DomainException(ErrorCode.SCORE_OUT_OF_RANGE, "12.00 exceeds 10.00");
    }

    @GetMapping("/api/probe/command-execution/details")
    String commandExecutionDetails() {
        throw new CommandExecutionException("remote failure", null,
                new DomainException(ErrorCode.CLAIMS_LOCKED, "locked"));
    }

    @GetMapping("/api/probe/command-execution/cause")
    String commandExecutionCause() {
        throw new CompletionException(new CommandExecutionException("wrapped", new DomainException(ErrorCode.TASK_CLOSED, "closed")));
    }

    @GetMapping({"/api/schemes/{id}/probe-missing", "/api/elsewhere/{id}/probe-missing"})
    String missing(@PathVariable String id) {
        throw new AggregateNotFoundException(id, "The aggregate was not found in the event store");
    }

    @GetMapping("/api/probe/stale-version")
    String staleVersion() {
        throw new ConflictingAggregateVersionException("scheme-1", 3, 5);
    }

    @GetMapping("/api/probe/concurrency")
    String concurrency() {
        throw new ConcurrencyException("sequence number taken");
    }

    @GetMapping("/api/probe/stream-creation")
    String streamCreation() {
        throw new AggregateStreamCreationException("aggregate exists");
    }

    @PostMapping("/api/probe/too-large")
    String tooLarge() {
        throw new MaxUploadSizeExceededException(1024);
    }

    @PostMapping("/api/probe/broken-multipart")
    String brokenMultipart() {
        throw new MultipartException("Failed to parse multipart servlet request");
    }

    @GetMapping("/api/probe/access-denied")
    String accessDenied() {
        throw new AccessDeniedException("no");
    }

    @GetMapping("/api/probe/unexpected")
    String unexpected() {
        throw new IllegalStateException("secret internals at db host 10.1.2.3");
    }

    @PostMapping(path = "/api/probe/body", consumes = MediaType.APPLICATION_JSON_VALUE)
    String body(@Valid @RequestBody ScoredBody body) {
        return "ok";
    }
}
