package org.evaltrack.command.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.evaltrack.command.web.ProblemFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The filter against the real table (V4, V12, V14 on H2 in PostgreSQL mode) and a recording chain that
 * writes a row in the request's transaction, as a command's events are.
 */
class IdempotencyFilterTest {

    private JdbcTemplate jdbc;
    private DriverManagerDataSource dataSource;
    private IdempotencyKeys keys;
    private FailingCommitTransactionManager transactions;
    /** What the recording chain does after writing its effect, before it answers. */
    private Runnable duringCommand = () -> { };
    /** The chain's command fails inside the transaction and the chain answers this refusal. */
    private Integer refusedInTransaction;
    private final AtomicReference<String> user = new AtomicReference<>("user-a");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final List<String> handled = new ArrayList<>();
    private int nextStatus = 201;
    private boolean permitted = true;
    private long limit = 256 * 1024;

    private static final String STATED_AT = "Stated-At";
    private String statedAt;

    @BeforeEach
    void freshTable() throws IOException {
        dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute(Files.readString(Path.of("src/main/resources/db/command/V4__idempotency.sql")));
        // V12's statement on idempotency_key (its other one is on access_denial, not made here)
        Arrays.stream(Files.readString(Path.of("src/main/resources/db/command/V12__idempotency_hash_rule_and_account_tried.sql"))
                        .split(";"))
                .filter(statement -> statement.contains("alter table idempotency_key"))
                .forEach(jdbc::execute);
        jdbc.execute(Files.readString(Path.of("src/main/resources/db/command/V14__idempotency_answer_headers.sql")));
        // what a command writes, standing for its events
        jdbc.execute("create table effect (request varchar(64) not null)");
        transactions = new FailingCommitTransactionManager(dataSource);
        keys = new IdempotencyKeys(jdbc, transactions, clock, Duration.ofHours(24), Duration.ofMinutes(5), Duration.ofSeconds(1));
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerWithoutRunningAgain() throws Exception {
        MockHttpServletResponse first = send("POST", "/api/units", "{\"name\":\"a\"}", "k-1");
        MockHttpServletResponse retry = send("POST", "/api/units", "{\"name\":\"a\"}", "k-1");

        assertThat(handled).hasSize(1);
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(retry.getContentType()).isEqualTo("application/json");
        assertThat(retry.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void aReplayRepeatsTheHeadersThatSayWhatHappenedButNotTheOthers() throws Exception {
        MockHttpServletResponse first = send("POST", "/api/units", "{}", "k-1");
        MockHttpServletResponse retry = send("POST", "/api/units", "{}", "k-1");

        assertThat(retry.getHeader("Location")).isEqualTo(first.getHeader("Location")).isEqualTo("/api/units/u-1");
        assertThat(retry.getHeader("Evaltrack-Position")).isEqualTo(first.getHeader("Evaltrack-Position")).isEqualTo("42");
        assertThat(first.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(retry.getHeader("Cache-Control")).isNull();
        assertThat(first.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
    }

    @Test
    void theKeyAndTheCommandsWritesCommitTogether() throws Exception {
        duringCommand = () -> assertThat(countOutsideTheTransaction("select count(*) from idempotency_key"))
                .as("the key is not visible to others before the commit").isZero();

        send("POST", "/api/units", "{}", "k-1");

        assertThat(effects()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from idempotency_key where idem_key = 'k-1'", Integer.class)).isEqualTo(201);
    }

    @Test
    void aCommitThatFailsKeepsNeitherTheKeyNorTheWritesAndTheRetryRunsOnce() throws Exception {
        transactions.failNextCommit = true;
        MockHttpServletResponse lost = new MockHttpServletResponse();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> send("POST", "/api/units", "{}", "k-1", lost))
                .isInstanceOf(TransactionSystemException.class);

        assertThat(lost.getContentAsByteArray()).as("no answer sent for what did not commit").isEmpty();
        assertThat(effects()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key", Integer.class)).isZero();

        MockHttpServletResponse retry = send("POST", "/api/units", "{}", "k-1");
        MockHttpServletResponse again = send("POST", "/api/units", "{}", "k-1");

        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
        assertThat(again.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(again.getContentAsString()).isEqualTo(retry.getContentAsString());
        assertThat(effects()).isEqualTo(1);
    }

    @Test
    void aRefusalThatRolledBackTheCommandIsKeptWithoutAnyOfItsWrites() throws Exception {
        refusedInTransaction = 422;
        MockHttpServletResponse refused = send("POST", "/api/units", "{}", "k-1");
        refusedInTransaction = null;
        MockHttpServletResponse retry = send("POST", "/api/units", "{}", "k-1");

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(effects()).isZero();
        assertThat(handled).hasSize(1);
        assertThat(retry.getStatus()).isEqualTo(422);
        assertThat(retry.getContentAsString()).isEqualTo(refused.getContentAsString());
        assertThat(retry.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void aSuccessAnsweredOverACommandThatFailedIsAnErrorNotAKeptSuccess() throws Exception {
        refusedInTransaction = 200;
        MockHttpServletResponse swallowed = new MockHttpServletResponse();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> send("POST", "/api/units", "{}", "k-1", swallowed))
                .isInstanceOf(IllegalStateException.class);

        assertThat(swallowed.getContentAsByteArray()).isEmpty();
        assertThat(effects()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key", Integer.class)).isZero();
    }

    @Test
    void aDuplicateWaitsForTheFirstAttemptAndGetsItsAnswer() throws Exception {
        java.util.concurrent.CountDownLatch firstRunning = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        duringCommand = () -> {
            firstRunning.countDown();
            await(release);
        };
        java.util.concurrent.CompletableFuture<MockHttpServletResponse> first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> sendUnchecked("POST", "/api/units", "{}", "k-1"));
        await(firstRunning);
        duringCommand = () -> { };
        java.util.concurrent.CompletableFuture<MockHttpServletResponse> duplicate = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> sendUnchecked("POST", "/api/units", "{}", "k-1"));
        Thread.sleep(300);
        assertThat(duplicate).as("the duplicate waits for the first").isNotDone();
        release.countDown();

        assertThat(duplicate.get(10, java.util.concurrent.TimeUnit.SECONDS).getContentAsString())
                .isEqualTo(first.get(10, java.util.concurrent.TimeUnit.SECONDS).getContentAsString());
        assertThat(duplicate.get().getHeader(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(effects()).isEqualTo(1);
    }

    @Test
    void aDuplicateGets409WhenTheFirstAttemptOutlastsTheWait() throws Exception {
        java.util.concurrent.CountDownLatch firstRunning = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        duringCommand = () -> {
            firstRunning.countDown();
            await(release);
        };
        java.util.concurrent.CompletableFuture<MockHttpServletResponse> first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> sendUnchecked("POST", "/api/units", "{}", "k-1"));
        await(firstRunning);
        duringCommand = () -> { };

        MockHttpServletResponse duplicate = send("POST", "/api/units", "{}", "k-1");
        release.countDown();

        assertThat(duplicate.getStatus()).isEqualTo(409);
        assertThat(duplicate.getContentAsString()).contains("CONCURRENT_MODIFICATION");
        assertThat(first.get(10, java.util.concurrent.TimeUnit.SECONDS).getStatus()).isEqualTo(201);
        assertThat(effects()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() throws Exception {
        send("POST", "/api/units", "{\"name\":\"a\"}", "k-1");
        MockHttpServletResponse other = send("POST", "/api/units", "{\"name\":\"b\"}", "k-1");

        assertThat(handled).hasSize(1);
        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(other.getContentAsString()).contains("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void theSameKeyOnAnotherPathIsAnotherRequest() throws Exception {
        send("POST", "/api/units", "{}", "k-1");
        MockHttpServletResponse other = send("POST", "/api/schemes", "{}", "k-1");

        assertThat(other.getStatus()).isEqualTo(422);
    }

    @Test
    void anotherUserMayUseTheSameKey() throws Exception {
        send("POST", "/api/units", "{\"name\":\"a\"}", "k-1");
        user.set("user-b");
        MockHttpServletResponse theirs = send("POST", "/api/units", "{\"name\":\"b\"}", "k-1");

        assertThat(theirs.getStatus()).isEqualTo(201);
        assertThat(handled).hasSize(2);
    }

    @Test
    void aPendingRowCommittedByAnOlderVersionGets409() throws Exception {
        insertPending("k-1", "{}");

        MockHttpServletResponse duplicate = send("POST", "/api/units", "{}", "k-1");

        assertThat(duplicate.getStatus()).isEqualTo(409);
        assertThat(duplicate.getContentAsString()).contains("CONCURRENT_MODIFICATION");
        assertThat(handled).isEmpty();
    }

    @Test
    void aPendingRowLeftByACrashIsFreeAgainAfterTheAbandonTimeout() throws Exception {
        insertPending("k-1", "{}");
        clock.advance(Duration.ofMinutes(6));

        MockHttpServletResponse retry = send("POST", "/api/units", "{}", "k-1");

        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(handled).hasSize(1);
    }

    @Test
    void aServerFailureIsNotKeptSoTheRetryRunsAgain() throws Exception {
        nextStatus = 503;
        send("POST", "/api/units", "{}", "k-1");
        nextStatus = 201;
        MockHttpServletResponse retry = send("POST", "/api/units", "{}", "k-1");

        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(handled).hasSize(2);
    }

    @Test
    void aClientErrorIsKeptAndReplayed() throws Exception {
        nextStatus = 409;
        send("POST", "/api/units", "{}", "k-1");
        nextStatus = 201;
        MockHttpServletResponse retry = send("POST", "/api/units", "{}", "k-1");

        assertThat(retry.getStatus()).isEqualTo(409);
        assertThat(handled).hasSize(1);
    }

    @Test
    void aKeyOlderThanTheRetentionIsFreeAgain() throws Exception {
        send("POST", "/api/units", "{\"name\":\"a\"}", "k-1");
        clock.advance(Duration.ofHours(25));
        MockHttpServletResponse later = send("POST", "/api/units", "{\"name\":\"b\"}", "k-1");

        assertThat(later.getStatus()).isEqualTo(201);
        assertThat(handled).hasSize(2);
    }

    @Test
    void expiredRowsAreDeletedAndFreshOnesKept() throws Exception {
        send("POST", "/api/units", "{}", "k-old");
        clock.advance(Duration.ofHours(23));
        send("POST", "/api/units", "{}", "k-new");
        clock.advance(Duration.ofHours(2));

        assertThat(keys.deleteExpired()).isEqualTo(1);
        assertThat(jdbc.queryForList("select idem_key from idempotency_key", String.class)).containsExactly("k-new");
    }

    @Test
    void aKeyThatIsEmptyTooLongOrNotPrintableAsciiIs400() throws Exception {
        for (String bad : List.of("", " ", "x".repeat(129), "schlüssel", "tab\there")) {
            MockHttpServletResponse refused = send("POST", "/api/units", "{}", bad);
            assertThat(refused.getStatus()).as("key [%s]", bad).isEqualTo(400);
            assertThat(refused.getContentAsString()).contains("MALFORMED_REQUEST");
        }
        assertThat(handled).isEmpty();
    }

    @Test
    void aKeyOf128PrintableCharactersIsAccepted() throws Exception {
        MockHttpServletResponse accepted = send("POST", "/api/units", "{}", "~".repeat(128));

        assertThat(accepted.getStatus()).isEqualTo(201);
    }

    @Test
    void withoutAKeyEveryRequestRuns() throws Exception {
        send("POST", "/api/units", "{}", null);
        send("POST", "/api/units", "{}", null);

        assertThat(handled).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key", Integer.class)).isZero();
    }

    @Test
    void theControllerStillReadsTheWholeBody() throws Exception {
        send("PUT", "/api/assessments/a/claims/1.1.1", "{\"claimedScore\":5}", "k-1");

        assertThat(handled).containsExactly("{\"claimedScore\":5}");
    }

    @Test
    void theSameKeyWithAnotherQueryStringIsRefusedWith422() throws Exception {
        send("POST", "/api/imports/schemes", null, "{}", "k-1");
        MockHttpServletResponse published = send("POST", "/api/imports/schemes", "publish=true", "{}", "k-1");

        assertThat(handled).hasSize(1);
        assertThat(published.getStatus()).isEqualTo(422);
        assertThat(published.getContentAsString()).contains("IDEMPOTENCY_KEY_REUSED");
        assertThat(published.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
    }

    @Test
    void theSameKeyWithAnotherStatedDateIsRefusedAndWithTheSameOneReplayed() throws Exception {
        statedAt = "2020-01-08T10:00:00+08:00";
        send("POST", "/api/assessments/a-1/claims", "{}", "k-1");
        MockHttpServletResponse same = send("POST", "/api/assessments/a-1/claims", "{}", "k-1");
        statedAt = "2020-01-09T10:00:00+08:00";
        MockHttpServletResponse other = send("POST", "/api/assessments/a-1/claims", "{}", "k-1");
        statedAt = null;
        MockHttpServletResponse live = send("POST", "/api/assessments/a-1/claims", "{}", "k-1");

        assertThat(handled).hasSize(1);
        assertThat(same.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(other.getContentAsString()).contains("IDEMPOTENCY_KEY_REUSED");
        assertThat(live.getContentAsString()).as("a live request is not the 补录 sent before").contains("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void aRetryWithTheSameQueryStringIsReplayed() throws Exception {
        send("POST", "/api/imports/schemes", "publish=true", "{}", "k-1");
        MockHttpServletResponse retry = send("POST", "/api/imports/schemes", "publish=true", "{}", "k-1");

        assertThat(handled).hasSize(1);
        assertThat(retry.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void aKeyStoredBeforeTheQueryStringCountedStillReplays() throws Exception {
        String oldRuleHash = RequestFingerprint.under(1, "POST", "/api/units", "ignored", "", bytes("{}"));
        jdbc.update("insert into idempotency_key (user_id, idem_key, request_hash, status, content_type, response_body, created_at)"
                + " values ('user-a', 'k-old', ?, 201, 'application/json', ?, ?)", oldRuleHash, bytes("{\"id\":\"u-1\"}"),
                java.time.OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));

        MockHttpServletResponse retry = send("POST", "/api/units", "{}", "k-old");

        assertThat(handled).isEmpty();
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getContentAsString()).isEqualTo("{\"id\":\"u-1\"}");
    }

    @Test
    void aCallerTheEndpointRefusesIsPassedOnWithoutTheBodyReadOrTheKeyTaken() throws Exception {
        permitted = false;
        MockHttpServletRequest request = request("PUT", "/api/assessments/a/claims/1.1.1", null, "{\"claimedScore\":1}", "k-1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        java.util.concurrent.atomic.AtomicReference<jakarta.servlet.ServletRequest> passed = new java.util.concurrent.atomic.AtomicReference<>();

        filter().doFilter(request, response, (req, res) -> passed.set(req));

        assertThat(passed.get()).isSameAs(request);
        assertThat(request.getInputStream().readAllBytes()).asString(java.nio.charset.StandardCharsets.UTF_8).isEqualTo("{\"claimedScore\":1}");
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key", Integer.class)).isZero();
    }

    @Test
    void aBodyOverTheEndpointsLimitIsPassedOnUnkeptForTheChainsRefusal() throws Exception {
        limit = 10;
        MockHttpServletResponse response = send("POST", "/api/units", "{\"name\":\"longer than ten\"}", "k-1");

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key", Integer.class)).isZero();
    }

    private MockHttpServletResponse send(String method, String path, String body, String key) throws Exception {
        return send(method, path, null, body, key);
    }

    private static MockHttpServletRequest request(String method, String path, String query, String body, String key) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setQueryString(query);
        request.setContentType("application/json");
        request.setContent(bytes(body));
        if (key != null) {
            request.addHeader(IdempotencyFilter.HEADER, key);
        }
        return request;
    }

    private MockHttpServletResponse send(String method, String path, String query, String body, String key) throws Exception {
        return send(method, path, query, body, key, new MockHttpServletResponse());
    }

    private MockHttpServletResponse send(String method, String path, String body, String key,
                                         MockHttpServletResponse response) throws Exception {
        return send(method, path, null, body, key, response);
    }

    private MockHttpServletResponse sendUnchecked(String method, String path, String body, String key) {
        try {
            return send(method, path, body, key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertThat(latch.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private MockHttpServletResponse send(String method, String path, String query, String body, String key,
                                         MockHttpServletResponse response) throws Exception {
        MockHttpServletRequest request = request(method, path, query, body, key);
        if (statedAt != null) {
            request.addHeader(STATED_AT, statedAt);
        }
        FilterChain chain = (req, res) -> {
            String sentBody = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            handled.add(sentBody);
            jdbc.update("insert into effect (request) values (?)", sentBody);
            duringCommand.run();
            HttpServletResponse http = (HttpServletResponse) res;
            if (refusedInTransaction != null) {
                failACommand();
                http.setStatus(refusedInTransaction);
                http.setContentType("application/problem+json");
                http.getWriter().write("{\"code\":\"REFUSED\"}");
                return;
            }
            http.setStatus(nextStatus);
            http.setContentType("application/json");
            http.setHeader("Location", "/api/units/u-" + handled.size());
            http.setHeader("Evaltrack-Position", Integer.toString(41 + handled.size()));
            http.setHeader("Cache-Control", "no-store");
            http.getWriter().write("{\"id\":\"" + UUID.randomUUID() + "\"}");
        };
        filter().doFilter(request, response, chain);
        return response;
    }

    /** As Axon's unit of work does when its command fails: it joins the request's transaction and marks it. */
    private void failACommand() {
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                throw new IllegalStateException("refused by the domain");
            });
        } catch (IllegalStateException refused) {
            // answered by the chain as a 4xx, as the controller advice does
        }
    }

    private void insertPending(String key, String body) {
        jdbc.update("insert into idempotency_key (user_id, idem_key, request_hash, hash_rule, created_at) values ('user-a', ?, ?, 2, ?)",
                key, RequestFingerprint.current("POST", "/api/units", null, "", bytes(body)),
                java.time.OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private int countOutsideTheTransaction(String sql) {
        try (java.sql.Connection other = dataSource.getConnection(); java.sql.Statement statement = other.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int effects() {
        return jdbc.queryForObject("select count(*) from effect", Integer.class);
    }

    private IdempotencyFilter filter() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return new IdempotencyFilter(keys, new ProblemFactory(messages, new ObjectMapper()), user::get,
                request -> permitted ? Optional.of(limit) : Optional.empty(), List.of(STATED_AT));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Loses the connection at the commit of the next transaction, once: nothing of it is stored. */
    private static final class FailingCommitTransactionManager extends DataSourceTransactionManager {

        private volatile boolean failNextCommit;

        FailingCommitTransactionManager(javax.sql.DataSource dataSource) {
            super(dataSource);
            // a lost connection ends its transaction on the server; here the rollback stands for that
            setRollbackOnCommitFailure(true);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            if (failNextCommit) {
                failNextCommit = false;
                throw new TransactionSystemException("connection lost at commit");
            }
            super.doCommit(status);
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
