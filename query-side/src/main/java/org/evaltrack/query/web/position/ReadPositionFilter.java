package org.evaltrack.query.web.position;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.evaltrack.kernel.query.ReadPosition;
import org.evaltrack.query.position.ReadSidePosition;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.QueryProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every read (JSON API, document export, page) answers with the position its read models reflect in
 * {@code Evaltrack-Position}, and, when the request names a minimum position (that header or {@code ?position=}),
 * first waits until the read side has reached it. Runs after the security chain, so only a signed-in user waits,
 * and within {@link ReadPositionWaits}' bounds; the header's position is read before the read runs, so the answer
 * reflects at least that position. Registered by {@link ReadPositionConfig}.
 */
public class ReadPositionFilter extends OncePerRequestFilter {

    public static final String MALFORMED = "READ_POSITION_MALFORMED";
    public static final String BEYOND_HEAD = "READ_POSITION_BEYOND_HEAD";
    public static final String NOT_REACHED = "READ_POSITION_NOT_REACHED";

    private static final Logger log = LoggerFactory.getLogger(ReadPositionFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD");
    /** Files and sign-in pages read no read model; /api/imports belongs to the command side. */
    private static final String[] NOT_READS = {"/css/", "/js/", "/webjars/", "/favicon", "/actuator", "/error", "/login",
            "/logout", "/api/imports"};

    private final ReadSidePosition positions;
    private final ReadPositionWaits waits;
    private final QueryProblems problems;
    private final ObjectMapper objectMapper;
    private final Duration bound;

    public ReadPositionFilter(ReadSidePosition positions, ReadPositionWaits waits, QueryProblems problems, ObjectMapper objectMapper,
                       Duration bound) {
        this.positions = positions;
        this.waits = waits;
        this.problems = problems;
        this.objectMapper = objectMapper;
        this.bound = bound;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!READS.contains(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : NOT_READS) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OptionalLong wanted;
        try {
            wanted = wanted(request);
        } catch (IllegalArgumentException malformed) {
            refuse(request, response, HttpStatus.BAD_REQUEST, MALFORMED, excerpt(request));
            return;
        }
        long reached = positions.current();
        if (wanted.isPresent() && reached < wanted.getAsLong()) {
            long minimum = wanted.getAsLong();
            OptionalLong head = positions.head();
            if (head.isEmpty() || minimum > head.getAsLong()) {
                refuse(request, response, HttpStatus.BAD_REQUEST, BEYOND_HEAD, Long.toString(minimum),
                        head.isEmpty() ? "-" : Long.toString(head.getAsLong()));
                return;
            }
            reached = waits.until(user(), minimum, bound);
            if (reached < minimum) {
                log.info("{} {} answered 503: read side at {} has not reached {} within {}", request.getMethod(),
                        request.getRequestURI(), reached, minimum, bound);
                if (isPage(request)) {
                    request.setAttribute(ReadPositionPage.WANTED, Long.toString(minimum));
                    request.setAttribute(ReadPositionPage.REACHED, Long.toString(Math.max(reached, 0)));
                    response.setHeader("Retry-After", Long.toString(ReadPositionWaits.RETRY_AFTER_SECONDS));
                    request.getRequestDispatcher(ReadPositionPage.PATH).forward(request, response);
                    return;
                }
                refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, NOT_REACHED, Long.toString(minimum),
                        Long.toString(Math.max(reached, 0)));
                return;
            }
        }
        if (reached >= 0) {
            response.setHeader(ReadPosition.HEADER, Long.toString(reached));
        }
        chain.doFilter(request, response);
    }

    /** A page (not the JSON API or an export) asked for by a browser: answered as a page. */
    private static boolean isPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/")
                && accept != null && accept.contains("text/html");
    }

    /** The larger of the header and the parameter, when both are sent. */
    private static OptionalLong wanted(HttpServletRequest request) {
        OptionalLong header = ReadPosition.parse(request.getHeader(ReadPosition.HEADER));
        OptionalLong parameter = ReadPosition.parse(request.getParameter(ReadPosition.PARAMETER));
        if (header.isPresent() && parameter.isPresent()) {
            return OptionalLong.of(Math.max(header.getAsLong(), parameter.getAsLong()));
        }
        return header.isPresent() ? header : parameter;
    }

    private static String excerpt(HttpServletRequest request) {
        String sent = request.getHeader(ReadPosition.HEADER);
        if (sent == null || valid(sent)) {
            sent = request.getParameter(ReadPosition.PARAMETER);
        }
        String text = sent == null ? "" : sent.strip();
        text = text.codePoints().filter(c -> !Character.isISOControl(c)).limit(24)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.length() < (sent == null ? 0 : sent.strip().length()) ? text + "…" : text;
    }

    private static boolean valid(String sent) {
        try {
            ReadPosition.parse(sent);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String user() {
        // keyed as the pages' own waits are (AssessmentReads), so one person has one share of the places
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof QueryUser user) {
            return user.userId().value();
        }
        return authentication == null ? "" : authentication.getName();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                        Object... args) throws IOException {
        ProblemDetail problem = problems.problem(status, code, QueryProblems.localeOf(request), args);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", Long.toString(ReadPositionWaits.RETRY_AFTER_SECONDS));
        }
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
