package org.evaltrack.command.token;

import java.time.Clock;
import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.evaltrack.command.api.CallerMay;
import org.evaltrack.command.api.PasswordOrSessionOnly;
import org.evaltrack.command.security.ActorProvider;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Personal access tokens for scripts: the account signed in with its password or a browser session
 * creates them (a token never makes tokens); the account revokes one or all of its own, an administrator
 * all of another's. A token signs in as that account (same role, same unit) with {@code Authorization: Bearer}. Listing is a
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
    @PasswordOrSessionOnly
    public ResponseEntity<CreatedTokenResponse> create(@Valid @RequestBody NewTokenRequest request) {
        if (request.expiresAt().isAfter(clock.instant().plus(LONGEST))) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "expiresAt: at most " + LONGEST.toDays() + " days ahead");
        }
        PersonalTokens.IssuedToken issued = tokens.issue(actors.current().userId(), request.name().strip(), request.expiresAt());
        return ResponseEntity.status(HttpStatus.CREATED)
                .cacheControl(CacheControl.noStore())
                .body(new CreatedTokenResponse(issued.id(), issued.name(), issued.createdAt(), issued.expiresAt(), issued.token()));
    }

    @Operation(summary = "吊销自己的全部令牌 / Revoke all of your tokens",
            description = "令牌泄露时使用；已吊销的令牌立即失效 / For a leak: every token of yours stops working at once")
    @DeleteMapping
    public RevokedTokensResponse revokeAll() {
        return new RevokedTokensResponse(tokens.revokeAll(actors.current().userId()));
    }

    @Operation(summary = "吊销某账号的全部令牌（管理员） / Revoke all tokens of an account (administrators)")
    @DeleteMapping(params = "userId")
    @CallerMay(roles = Role.ADMIN)
    public RevokedTokensResponse revokeAllOf(@RequestParam String userId) {
        return new RevokedTokensResponse(tokens.revokeAll(accountId(userId)));
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

    private static UserId accountId(String raw) {
        try {
            return UserId.of(raw);
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST, "userId is not a valid id", List.of("userId"));
        }
    }
}
