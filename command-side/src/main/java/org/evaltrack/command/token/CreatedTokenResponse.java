package org.evaltrack.command.token;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** The new token; {@code token} is shown this once and cannot be read again. */
public record CreatedTokenResponse(
        String id,
        String name,
        Instant createdAt,
        Instant expiresAt,
        @Schema(description = "令牌本身，只显示这一次 / The token itself, shown this once") String token) {

    @Override
    public String toString() {
        return "CreatedTokenResponse[" + id + ", " + name + "]";
    }
}
