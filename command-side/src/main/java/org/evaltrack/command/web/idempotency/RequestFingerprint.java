package org.evaltrack.command.web.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What makes two requests the same request for an Idempotency-Key: SHA-256 over length-prefixed
 * parts, so no two requests run together. Rule 2 (now) covers method, path, query string, body and, when
 * sent, the headers that change what a command means (a 补录's stated date and reason); rule 1 (keys stored
 * before the query string counted) covered method, path and body.
 */
final class RequestFingerprint {

    static final int CURRENT_RULE = 2;

    private RequestFingerprint() {
    }

    /** @param headers the meaningful headers sent, as {@code name: value} lines; empty when none (as before them) */
    static String current(String method, String path, String query, String headers, byte[] body) {
        List<byte[]> parts = new ArrayList<>(List.of(bytes(method), bytes(path), bytes(query == null ? "" : query), body));
        if (!headers.isEmpty()) {
            parts.add(bytes(headers));
        }
        return of(parts);
    }

    /** The fingerprint under {@code rule}, to compare a retry with a key stored under that rule. */
    static String under(int rule, String method, String path, String query, String headers, byte[] body) {
        return rule == 1 ? of(List.of(bytes(method), bytes(path), body)) : current(method, path, query, headers, body);
    }

    private static String of(List<byte[]> parts) {
        MessageDigest sha = sha256();
        for (byte[] part : parts) {
            sha.update(bytes(Integer.toString(part.length)));
            sha.update((byte) ':');
            sha.update(part);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
