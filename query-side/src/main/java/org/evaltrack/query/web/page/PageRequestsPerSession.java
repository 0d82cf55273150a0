package org.evaltrack.query.web.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.evaltrack.websupport.ErrorAnswer;
import org.evaltrack.websupport.ErrorTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most a few page reads of one browser session at a time, counted before the session is even
 * loaded: one client cannot fill the server with page reads (each a database round trip, some waiting
 * for the read model) and slow everyone else. A browser opens at most six connections to a host, so
 * no real reader ever meets the limit; a script that does is answered 429 at once, at no cost.
 */
public class PageRequestsPerSession extends OncePerRequestFilter {

    static final int LIMIT = 6;
    private static final Logger log = LoggerFactory.getLogger(PageRequestsPerSession.class);

    private final String sessionCookie;
    private final int limit;
    private final ErrorTexts texts = new ErrorTexts();
    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    public PageRequestsPerSession(String sessionCookie, int limit) {
        this.sessionCookie = sessionCookie;
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return !read || ErrorTexts.isApi(path) || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String session = session(request);
        if (session == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!enter(session)) {
            log.info("page read {} refused 429: {} page reads of one session already in progress", request.getRequestURI(), limit);
            tooMany(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.computeIfPresent(session, (key, count) -> count <= 1 ? null : count - 1);
        }
    }

    int inFlight(String session) {
        return inFlight.getOrDefault(session, 0);
    }

    private boolean enter(String session) {
        boolean[] entered = {false};
        inFlight.compute(session, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= limit) {
                return count;
            }
            entered[0] = true;
            return now + 1;
        });
        return entered[0];
    }

    private String session(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (sessionCookie.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isEmpty()) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private void tooMany(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorAnswer answer = texts.answer(429, ErrorTexts.pageLocale(request.getCookies()));
        byte[] body = answer.html().getBytes(StandardCharsets.UTF_8);
        response.setStatus(429);
        response.setHeader("Retry-After", "1");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
