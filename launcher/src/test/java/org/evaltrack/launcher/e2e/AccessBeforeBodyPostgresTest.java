package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The probe's 28 bytes, over real HTTP on PostgreSQL: a caller without the right to the assessment is
 * refused 403 (and noted) before the body is read, whatever the body; an allowed caller's oversize body
 * is refused 413; neither stores anything.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessBeforeBodyPostgresTest {

    private static final String CLAIM = "/api/assessments/assessment-2019-dongshan/claims/1.1.1";
    private static final String HUGE_NUMBER = "{\"claimedScore\":1e999999999}";

    private final RunningSystem system;
    private HttpApi api;

    AccessBeforeBodyPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs);
    }

    @BeforeAll
    void start() {
        api = system.start().http();
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void anotherUnitsSubmitterIsRefused403BeforeTheHugeNumberIsRead() {
        long events = eventCount();
        long denials = denials("changpuzi");

        HttpApi.Answer refused = api.raw("PUT", "changpuzi", CLAIM, "application/json",
                HUGE_NUMBER.getBytes(StandardCharsets.UTF_8), "Idempotency-Key", "probe-1");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asText()).isEqualTo("OTHER_UNIT");
        assertThat(refused.body().length()).isLessThan(2000);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(denials("changpuzi")).isEqualTo(denials + 1);
        assertThat(system.bean(JdbcTemplate.class).queryForObject("select count(*) from idempotency_key where idem_key = 'probe-1'",
                Integer.class)).as("a refused caller never holds a key").isZero();
    }

    @Test
    void anotherUnitsSubmitterWithSixMegabytesOfGarbageIsStill403Not413() {
        byte[] garbage = new byte[6 * 1024 * 1024];
        Arrays.fill(garbage, (byte) '[');

        HttpApi.Answer refused = api.raw("PUT", "changpuzi", CLAIM, "application/json", garbage);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().path("code").asText()).isEqualTo("OTHER_UNIT");
    }

    @Test
    void anotherUnitsSubmitterUploadingAFileOverTheLimitIs403Not413() {
        long events = eventCount();

        HttpApi.Answer refused = api.upload("changpuzi", "/api/assessments/assessment-2019-dongshan/evidence", "台账.pdf",
                "application/pdf", new byte[1536 * 1024], java.util.Map.of("indicatorCodes", java.util.List.of("1.1.1")));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().path("code").asText()).isEqualTo("OTHER_UNIT");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void anAllowedCallersOversizeCommandIs413InBothLanguagesAndStoresNothing() {
        long events = eventCount();
        byte[] oversize = ("{\"name\":\"" + "乡".repeat(200_000) + "\",\"kind\":\"TOWNSHIP\"}").getBytes(StandardCharsets.UTF_8);

        HttpApi.Answer zh = api.raw("POST", "office", "/api/units", "application/json", oversize, "Accept-Language", "zh-CN");
        HttpApi.Answer en = api.raw("POST", "office", "/api/units", "application/json", oversize, "Accept-Language", "en",
                "Idempotency-Key", "oversize-1");

        assertThat(zh.status()).as(zh.toString()).isEqualTo(413);
        assertThat(zh.contentType()).startsWith("application/problem+json");
        assertThat(zh.json().path("code").asText()).isEqualTo("REQUEST_TOO_LARGE");
        assertThat(zh.json().path("title").asText()).isEqualTo("请求内容过大");
        assertThat(zh.json().path("details").get(0).asText()).isEqualTo("256 KB");
        assertThat(en.status()).as(en.toString()).isEqualTo(413);
        assertThat(en.json().path("title").asText()).isEqualTo("Request too large");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void anAllowedCallersSixMegabytesAreRefused413WholeWithoutBeingRead() {
        byte[] huge = new byte[6 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');

        HttpApi.Answer refused = api.raw("PUT", "dongshan", CLAIM, "application/json", huge);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.json().path("code").asText()).isEqualTo("REQUEST_TOO_LARGE");
    }

    /** The demo's assessment is submitted, so the claim is judged (and refused) by the assessment: read whole. */
    @Test
    void theLongestNarrativeOfAClaimFitsItsLimit() {
        String narrative = "\\u63aa".repeat(20_000);

        HttpApi.Answer claimed = api.raw("PUT", "dongshan", CLAIM, "application/json",
                ("{\"claimedScore\":3,\"narrative\":\"" + narrative + "\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(claimed.status()).as(claimed.toString()).isNotIn(400, 413);
        assertThat(claimed.json().path("code").asText()).isIn("", "CLAIMS_LOCKED");
    }

    private long eventCount() {
        return system.bean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private long denials(String username) {
        return system.bean(JdbcTemplate.class).queryForObject(
                "select count(*) from access_denial d join account a on a.user_id = d.user_id where a.username = ?",
                Long.class, username);
    }
}
