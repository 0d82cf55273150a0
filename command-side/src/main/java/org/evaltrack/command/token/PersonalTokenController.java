package org.evaltrack.command.token;

import java.time.Clock;
import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.evaltrack.command.security.ActorProvider;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Personal access tokens for scripts: the signed-in account creates and revokes its own; a token
 * signs in as that account (same role, same unit) with {@code Authorization: Bearer}. Listing is a
 * read (query side, GET /api/tokens).
 */
@RestController
@RequestMapping("/api/tokens")
@Tag(name = "个人访问令牌 / Personal access tokens")
public class PersonalTokenController {

    /** A forgotten script should not hold a key for ever. */
    static final Duration LONGEST = Duration.ofDays(366);

    private final PersonalTokens tokens;
    private final ActorProvider actors;
    private final Clock clock = Clock.systemUTC();

    PersonalTokenController(PersonalTokens tokens, ActorProvider actors) {
        this.tokens = tokens;
        this.actors = actors;
    }

    @Operation(summary = "创建令牌（只显示一次） / Create a token (shown once)",
            description = "以当前账号的身份和权限签发；最长一年 / Signs in as the current account with its role and unit; at most a year")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CreatedTokenResponse> create(@Valid @RequestBody NewTokenRequest request) {
        if (request.expiresAt().isAfter(clock.instant().plus(LONGEST))) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "expiresAt: at most " + LONGEST.toDays() + " days ahead");
        }
        PersonalTokens.IssuedToken issued = tokens.issue(actors.current().userId(), request.name().strip(), request.expiresAt());
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(new CreatedTokenResponse(issued.id(), issued.name(), issued.createdAt(), issued.expiresAt(), issued.token()));
    }

    @Operation(summary = "吊销自己的令牌 / Revoke one of your tokens")
    @DeleteMapping("/{tokenId}")
    public ResponseEntity<Void> revoke(@PathVariable String tokenId) {
        if (!tokens.revoke(actors.current().userId(), tokenId)) {
            // another account's token is answered like an unknown one
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such token of yours");
        }
        return ResponseEntity.noContent().build();
    }
}
