package org.evaltrack.command.web.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.evaltrack.command.web.CommandRequests;
import org.evaltrack.command.web.ProblemFactory;
import org.evaltrack.command.web.ProblemSpec;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a retried command with the answer of its first attempt. Sits in the command side's
 * security chain after authorization, so the key belongs to a known user and a refused login
 * never occupies a key. The request runs in one transaction with its key ({@link IdempotencyKeys#runOnce}),
 * and its answer is held until that transaction has ended. Only answers below 500 are kept: a server
 * failure may be retried for real.
 * A caller the endpoint would refuse is passed on without their body being read, and a body is
 * read only up to the endpoint's limit.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 128;

    private final IdempotencyKeys keys;
    private final ProblemFactory problems;

    private final Supplier<String> currentUserId;
    private final Function<HttpServletRequest, Optional<Long>> bodyLimitIfPermitted;
    private final List<String> meaningfulHeaders;

    /**
     * @param currentUserId        the signed-in caller's user id, null when nobody is signed in
     * @param bodyLimitIfPermitted the body limit of the endpoint, empty when the caller may not call it
     * @param meaningfulHeaders    headers that change what a request means, so a retry must repeat them
     */
    public IdempotencyFilter(IdempotencyKeys keys, ProblemFactory problems, Supplier<String> currentUserId,
                      Function<HttpServletRequest, Optional<Long>> bodyLimitIfPermitted, List<String> meaningfulHeaders) {
        this.keys = keys;
        this.problems = problems;
        this.currentUserId = currentUserId;
        this.bodyLimitIfPermitted = bodyLimitIfPermitted;
        this.meaningfulHeaders = List.copyOf(meaningfulHeaders);
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
        Optional<Long> limit = bodyLimitIfPermitted.apply(request);
        if (limit.isEmpty()) {
            // a caller the handler refuses (or no handler): refused there without their body being read
            chain.doFilter(request, response);
            return;
        }
        BufferedRequest buffered = BufferedRequest.of(request, limit.get());
        if (buffered == null) {
            // a body over the limit, or multipart the container cannot read: let the chain give its own refusal
            chain.doFilter(request, response);
            return;
        }
        if (buffered.tooLarge()) {
            chain.doFilter(buffered.request(), response);
            return;
        }
        String hash = RequestFingerprint.current(request.getMethod(), request.getRequestURI(), request.getQueryString(),
                meaningfulHeadersOf(request), buffered.body());

        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        IdempotencyKeys.Outcome outcome = keys.runOnce(userId, key, hash, () -> {
            chain.doFilter(buffered.request(), recording);
            return KeptAnswer.of(recording);
        });
        if (outcome instanceof IdempotencyKeys.Earlier earlier) {
            answerFromEarlier(earlier, buffered.body(), request, response);
        } else if (outcome instanceof IdempotencyKeys.Busy) {
            stillInFlight(request, response);
        } else {
            // sent only now: the transaction has committed (or rolled back) before the client hears of it
            recording.copyBodyToResponse();
        }
    }

    private void answerFromEarlier(IdempotencyKeys.Earlier earlier, byte[] sentBody, HttpServletRequest request,
                                   HttpServletResponse response) throws IOException {
        String hash = RequestFingerprint.under(earlier.hashRule(), request.getMethod(), request.getRequestURI(),
                request.getQueryString(), meaningfulHeadersOf(request), sentBody);
        if (!earlier.requestHash().equals(hash)) {
            problems.write(ProblemSpec.of(ErrorCode.IDEMPOTENCY_KEY_REUSED), request, response);
            return;
        }
        if (earlier.inFlight()) {
            stillInFlight(request, response);
            return;
        }
        response.setHeader(REPLAYED_HEADER, "true");
        earlier.answer().writeTo(response);
    }

    private void stillInFlight(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(ProblemSpec.of(ErrorCode.CONCURRENT_MODIFICATION,
                List.of(HEADER + ": the first request with this key is still being processed")), request, response);
    }

    static boolean isValidKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH || key.isBlank()) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }

    private String meaningfulHeadersOf(HttpServletRequest request) {
        StringBuilder sent = new StringBuilder();
        for (String name : meaningfulHeaders) {
            for (String value : Collections.list(request.getHeaders(name))) {
                sent.append(name).append(": ").append(value).append('\n');
            }
        }
        return sent.toString();
    }
}
