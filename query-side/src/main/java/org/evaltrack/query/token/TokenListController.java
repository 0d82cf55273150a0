package org.evaltrack.query.token;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.evaltrack.query.security.QueryUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account's own personal tokens (created and revoked on the command side); never a secret or hash. */
@RestController
@Tag(name = "个人访问令牌 / Personal access tokens")
class TokenListController {

    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    TokenListController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/tokens")
    @Operation(summary = "我的令牌 / My tokens",
            description = "名称、创建与失效时间、是否已吊销；令牌本身只在创建时显示 / "
                    + "Name, created, expiry, revoked; the token itself was shown only when it was created")
    List<TokenView> mine(@AuthenticationPrincipal QueryUser reader) {
        Instant now = clock.instant();
        return jdbc.query("select token_id, name, created_at, expires_at, revoked_at from personal_token where user_id = ?"
                        + " order by created_at desc, token_id",
                (rs, i) -> {
                    Instant expires = rs.getObject("expires_at", OffsetDateTime.class).toInstant();
                    OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
                    return new TokenView(rs.getString("token_id"), rs.getString("name"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant(), expires,
                            revoked == null ? null : revoked.toInstant(), revoked == null && expires.isAfter(now));
                }, reader.userId().value());
    }

    /** @param active neither revoked nor expired */
    record TokenView(String id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt, boolean active) {
    }
}
