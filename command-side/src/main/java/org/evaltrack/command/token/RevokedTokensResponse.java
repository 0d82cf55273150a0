package org.evaltrack.command.token;

/** How many live tokens a revocation ended. */
public record RevokedTokensResponse(int revoked) {
}
