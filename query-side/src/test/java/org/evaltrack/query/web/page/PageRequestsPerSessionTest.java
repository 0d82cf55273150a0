package org.evaltrack.query.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageRequestsPerSessionTest {

    private final PageRequestsPerSession filter = new PageRequestsPerSession("EVALTRACK_SESSION", 2);

    @Test
    void aSessionsReadsBeyondTheLimitAreAnswered429AtOnceWhileOthersGoOn() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        // each read, while in progress, starts the next one of the same session: three at once
        FilterChain third = (request, response) -> statuses.add(200);
        FilterChain second = (request, response) -> statuses.add(read("s1", "/assessments/a/totals-panel", third).getStatus());
        FilterChain first = (request, response) -> {
            statuses.add(read("s1", "/assessments/a/totals-panel", second).getStatus());
            statuses.add(read("s2", "/assessments/b/totals-panel", (rq, rs) -> { }).getStatus());
        };

        read("s1", "/assessments/a", first);

        assertThat(statuses).containsExactly(429, 200, 200);
        assertThat(filter.inFlight("s1")).as("every read that went through is counted out again").isZero();
    }

    @Test
    void theRefusalIsAPageInTheReadersLanguageWithRetryAfter() throws Exception {
        MockHttpServletResponse[] refused = new MockHttpServletResponse[1];
        FilterChain second = (request, response) -> refused[0] = read("s1", "/ledger", (rq, rs) -> { });

        read("s1", "/ledger", (request, response) -> read("s1", "/ledger", second));

        assertThat(refused[0].getStatus()).isEqualTo(429);
        assertThat(refused[0].getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused[0].getContentAsString()).contains("请求过于频繁");
    }

    @Test
    void apiRequestsPostsAndReadsWithoutASessionAreNotCounted() throws Exception {
        FilterChain deep = (request, response) -> { };
        int[] inner = new int[3];
        read("s1", "/a", (rq, rs) -> read("s1", "/b", (rq2, rs2) -> {
            inner[0] = read("s1", "/api/assessments/a/totals", deep).getStatus();
            inner[1] = read(null, "/ledger", deep).getStatus();
            MockHttpServletRequest post = request("s1", "/assessments/a/claims");
            post.setMethod("POST");
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(post, response, deep);
            inner[2] = response.getStatus();
        }));

        assertThat(inner).containsExactly(200, 200, 200);
    }

    private MockHttpServletResponse read(String session, String path, FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(session, path), response, chain);
        return response;
    }

    private static MockHttpServletRequest request(String session, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (session != null) {
            request.setCookies(new Cookie("EVALTRACK_SESSION", session));
        }
        return request;
    }
}
