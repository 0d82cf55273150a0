package org.evaltrack.query.web.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evaltrack.query.position.ReadSidePosition;
import org.evaltrack.query.web.DeniedRequests;
import org.evaltrack.query.web.QueryProblems;
import org.evaltrack.query.web.unit.CatchUpWaits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The filter every read passes: the header it answers with, the waits it makes and the refusals it gives. */
class ReadPositionFilterTest {

    private static final Duration BOUND = Duration.ofMillis(300);
    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final QueryProblems problems = new QueryProblems(json,
            new StaticListableBeanFactory().getBeanProvider(DeniedRequests.class));

    /** Reaches the positions it is given one by one, then stays at the last; the store's head is fixed. */
    private static final class Scripted extends ReadSidePosition {
        private final Deque<Long> positions = new ArrayDeque<>();
        private final long head;
        private final AtomicInteger reads = new AtomicInteger();

        Scripted(long head, Long... positions) {
            super(null, null, null, null, null);
            this.head = head;
            this.positions.addAll(java.util.List.of(positions));
        }

        @Override
        public long current() {
            return positions.peekFirst();
        }

        @Override
        public long fresh() {
            reads.incrementAndGet();
            return positions.size() > 1 ? positions.removeFirst() : positions.peekFirst();
        }

        @Override
        public OptionalLong head() {
            return head < 0 ? OptionalLong.empty() : OptionalLong.of(head);
        }
    }

    private MockHttpServletResponse read(Scripted positions, CatchUpWaits places, MockHttpServletRequest request,
                                         MockFilterChain chain) throws Exception {
        ReadPositionFilter filter = new ReadPositionFilter(positions, new ReadPositionWaits(positions, places), problems, json, BOUND);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private static MockHttpServletRequest get(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    @Test
    void aReadWithoutAMinimumAnswersAtOnceWithThePositionItReflects() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = read(new Scripted(50, 42L), new CatchUpWaits(), get("/api/assessments/a/totals"), chain);

        assertThat(chain.getRequest()).as("the read ran").isNotNull();
        assertThat(response.getHeader("Evaltrack-Position")).isEqualTo("42");
    }

    @Test
    void aReadAskingForAPositionAlreadyReachedIsNotKept() throws Exception {
        MockHttpServletRequest request = get("/api/assessments/a/totals");
        request.addHeader("Evaltrack-Position", "40");
        Scripted positions = new Scripted(50, 42L);
        MockFilterChain chain = new MockFilterChain();

        MockHttpServletResponse response = read(positions, new CatchUpWaits(), request, chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getHeader("Evaltrack-Position")).isEqualTo("42");
        assertThat(positions.reads.get()).as("no fresh read of the tokens").isZero();
    }

    @Test
    void aReadAskingForAFuturePositionWaitsUntilItIsReached() throws Exception {
        MockHttpServletRequest request = get("/assessments/a");
        request.setParameter("position", "45");
        MockFilterChain chain = new MockFilterChain();

        MockHttpServletResponse response = read(new Scripted(50, 40L, 41L, 44L, 47L), new CatchUpWaits(), request, chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Long.parseLong(response.getHeader("Evaltrack-Position"))).isGreaterThanOrEqualTo(45);
    }

    @Test
    void aMalformedPositionIs400AndReadsNothing() throws Exception {
        MockHttpServletRequest request = get("/api/assessments/a/totals");
        request.addHeader("Evaltrack-Position", "12abc");
        request.addHeader("Accept-Language", "en");
        MockFilterChain chain = new MockFilterChain();

        MockHttpServletResponse response = read(new Scripted(50, 42L), new CatchUpWaits(), request, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.path("code").asText()).isEqualTo("READ_POSITION_MALFORMED");
        assertThat(problem.path("detail").asText()).contains("\"12abc\"").contains("whole number");
    }

    @Test
    void aPositionBeyondTheStoresHeadIs400() throws Exception {
        MockHttpServletRequest request = get("/api/assessments/a/totals");
        request.setParameter("position", "51");
        MockFilterChain chain = new MockFilterChain();

        MockHttpServletResponse response = read(new Scripted(50, 42L), new CatchUpWaits(), request, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(problem.path("code").asText()).isEqualTo("READ_POSITION_BEYOND_HEAD");
        assertThat(problem.path("detail").asText()).as("Chinese unless asked otherwise").contains("51").contains("最新的变更位于 50");
    }

    @Test
    void aWaitThatRunsOutIs503WithRetryAfterInChineseAndEnglish() throws Exception {
        for (String language : new String[] {"zh-CN", "en"}) {
            MockHttpServletRequest request = get("/api/assessments/a/trail");
            request.addHeader("Evaltrack-Position", "49");
            request.addHeader("Accept-Language", language);
            MockFilterChain chain = new MockFilterChain();
            long start = System.nanoTime();

            MockHttpServletResponse response = read(new Scripted(50, 42L), new CatchUpWaits(), request, chain);

            long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(chain.getRequest()).isNull();
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).isEqualTo("1");
            assertThat(waited).as("waited its bound, and not much more").isBetween(BOUND.toMillis() - 10, BOUND.toMillis() + 1_000);
            JsonNode problem = json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(problem.path("code").asText()).isEqualTo("READ_POSITION_NOT_REACHED");
            assertThat(problem.path("detail").asText()).contains("49").contains("42")
                    .contains(language.equals("en") ? "try again in a moment" : "请稍后重试");
        }
    }

    @Test
    void aReaderWithoutAPlaceToWaitIsAnswered503AtOnce() throws Exception {
        CatchUpWaits places = new CatchUpWaits();
        CatchUpWaits.Place first = places.enter("");
        CatchUpWaits.Place second = places.enter("");
        try {
            MockHttpServletRequest request = get("/api/assessments/a/totals");
            request.addHeader("Evaltrack-Position", "49");
            long start = System.nanoTime();

            MockHttpServletResponse response = read(new Scripted(50, 42L), places, request, new MockFilterChain());

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isLessThan(BOUND.toMillis());
        } finally {
            first.close();
            second.close();
        }
    }

    @Test
    void filesAndCommandsAreNotReadsOfTheReadModels() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletRequest css = get("/css/evaltrack.css");
        css.addHeader("Evaltrack-Position", "oops");
        MockHttpServletResponse response = read(new Scripted(50, 42L), new CatchUpWaits(), css, chain);
        assertThat(response.getHeader("Evaltrack-Position")).isNull();
        assertThat(chain.getRequest()).isNotNull();

        MockFilterChain post = new MockFilterChain();
        MockHttpServletRequest command = new MockHttpServletRequest("POST", "/api/assessments/a/claims");
        command.addHeader("Evaltrack-Position", "oops");
        assertThat(read(new Scripted(50, 42L), new CatchUpWaits(), command, post).getStatus()).isEqualTo(200);
    }

    @Test
    void aPageWhoseWaitRunsOutIsAnsweredAsAPage() throws Exception {
        MockHttpServletRequest request = get("/assessments/a");
        request.setParameter("position", "49");
        request.addHeader("Accept", "text/html,application/xhtml+xml");

        MockHttpServletResponse response = read(new Scripted(50, 42L), new CatchUpWaits(), request, new MockFilterChain());

        assertThat(response.getForwardedUrl()).isEqualTo(ReadPositionPage.PATH);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(request.getAttribute(ReadPositionPage.WANTED)).isEqualTo("49");
        assertThat(request.getAttribute(ReadPositionPage.REACHED)).isEqualTo("42");
    }
}
