package org.evaltrack.command.web.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.evaltrack.command.security.AccountPrincipal;
import org.evaltrack.command.web.CommandRequests;
import org.evaltrack.command.web.ProblemFactory;
import org.evaltrack.command.web.ProblemSpec;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a retried command with the answer of its first attempt. Sits in the command side's
 * security chain after authorization, so the key belongs to a known user and a refused login
 * never occupies a key. Only answers below 500 are kept: a server failure may be retried for real.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 128;

    private final IdempotencyKeys keys;
    private final ProblemFactory problems;

    private final Supplier<String> currentUserId;

    public IdempotencyFilter(IdempotencyKeys keys, ProblemFactory problems) {
        this(keys, problems, IdempotencyFilter::signedInUserId);
    }

    IdempotencyFilter(IdempotencyKeys keys, ProblemFactory problems, Supplier<String> currentUserId) {
        this.keys = keys;
        this.problems = problems;
        this.currentUserId = currentUserId;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // a replayed token creation would have to keep the new secret: tokens are never stored but as a hash
        return !CommandRequests.isStateChangingCommand(request) || request.getRequestURI().startsWith("/api/tokens");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> sent = Collections.list(request.getHeaders(HEADER));
        if (sent.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (sent.size() > 1 || !isValidKey(sent.get(0))) {
            problems.write(ProblemSpec.of(ErrorCode.MALFORMED_REQUEST, List.of(HEADER + ": 1 to " + MAX_KEY_LENGTH
                    + " printable ASCII characters, sent once")), request, response);
            return;
        }
        String userId = currentUserId.get();
        if (userId == null) {
            // only authenticated requests reach this point; without a user there is nobody to scope the key to
            chain.doFilter(request, response);
            return;
        }
        String key = sent.get(0);
        BufferedRequest buffered = BufferedRequest.of(request);
        if (buffered == null) {
            // a multipart body the container cannot read: let the chain give its own refusal
            chain.doFilter(request, response);
            return;
        }
        String hash = fingerprint(request.getMethod(), request.getRequestURI(), buffered.body());

        IdempotencyKeys.Claim claim = keys.claim(userId, key, hash);
        if (claim instanceof IdempotencyKeys.Earlier earlier) {
            answerFromEarlier(earlier, hash, request, response);
            return;
        }
        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(buffered.request(), recording);
            int status = recording.getStatus();
            if (status < 500) {
                keys.complete(userId, key, status, recording.getContentType(), recording.getContentAsByteArray());
                kept = true;
            }
        } finally {
            if (!kept) {
                keys.release(userId, key);
            }
            recording.copyBodyToResponse();
        }
    }

    private void answerFromEarlier(IdempotencyKeys.Earlier earlier, String hash, HttpServletRequest request,
                                   HttpServletResponse response) throws IOException {
        if (!earlier.requestHash().equals(hash)) {
            problems.write(ProblemSpec.of(ErrorCode.IDEMPOTENCY_KEY_REUSED), request, response);
            return;
        }
        if (earlier.inFlight()) {
            problems.write(ProblemSpec.of(ErrorCode.CONCURRENT_MODIFICATION,
                    List.of(HEADER + ": the first request with this key is still being processed")), request, response);
            return;
        }
        response.setStatus(earlier.status());
        if (earlier.contentType() != null) {
            response.setContentType(earlier.contentType());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = earlier.body() == null ? new byte[0] : earlier.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static boolean isValidKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH || key.isBlank()) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }

    /** SHA-256 over method, path and body, each part length-prefixed so no two requests run together. */
    static String fingerprint(String method, String path, byte[] body) {
        MessageDigest sha = sha256();
        for (byte[] part : List.of(bytes(method), bytes(path), body)) {
            sha.update(bytes(Integer.toString(part.length)));
            sha.update((byte) ':');
            sha.update(part);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String signedInUserId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.actor().userId().value();
        }
        return null;
    }
}
