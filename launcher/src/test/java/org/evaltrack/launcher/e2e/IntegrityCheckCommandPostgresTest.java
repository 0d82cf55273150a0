package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.evaltrack.launcher.EvaltrackApplication;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.ExitCodeEvent;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one-off run {@code --evaltrack.integrity-check=...} on PostgreSQL, started on the schema of a
 * running system (the demo case supplies the histories). Ordered: the row edit comes last because it
 * breaks the chain for good.
 */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegrityCheckCommandPostgresTest {

    private static final String DONGSHAN_ID = "assessment-2019-dongshan";
    private static final String EVIDENCE_TYPE = "org.evaltrack.kernel.assessment.EvidenceAttached";

    private final PostgresTestDatabase database;
    private final Path blobs;
    private final RunningSystem system;
    private HttpApi api;

    IntegrityCheckCommandPostgresTest(PostgresTestDatabase database) throws IOException {
        this.database = database;
        this.blobs = Files.createTempDirectory("evaltrack-blobs");
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
    @Order(1)
    void intactChainsWithoutEvidenceProblemsExitWithZero(CapturedOutput output) {
        List<String> withoutEvidence = database.column("select distinct aggregate_identifier from domain_event_entry "
                        + "where aggregate_identifier not in (select aggregate_identifier from domain_event_entry "
                        + "where payload_type = '" + EVIDENCE_TYPE + "') order by aggregate_identifier")
                .stream().map(String::valueOf).toList();
        assertThat(withoutEvidence).hasSizeGreaterThan(1);

        int code = check(String.join(",", withoutEvidence));

        assertThat(code).as(output.getOut()).isZero();
        for (String id : withoutEvidence) {
            assertThat(output.getOut()).contains(id + ": ");
        }
        assertThat(output.getOut()).contains("chain intact").doesNotContain("BROKEN");
    }

    @Test
    @Order(1)
    void theDemoAssessmentWhoseEvidenceHasNoBytesExitsWithTwo(CapturedOutput output) {
        int code = check("all");

        assertThat(code).as(output.getOut()).isEqualTo(2);
        assertThat(output.getOut()).contains(DONGSHAN_ID + ": " + system.events(DONGSHAN_ID).size() + " events checked, chain intact")
                .contains("BLOB_MISSING").doesNotContain("BLOB_CHANGED");
    }

    @Test
    @Order(1)
    void anUnknownAggregateExitsWithThree(CapturedOutput output) {
        int code = check(DONGSHAN_ID + ",assessment-none");

        assertThat(code).as(output.getOut()).isEqualTo(3);
        assertThat(output.getOut()).contains("assessment-none: UNKNOWN");
    }

    @Test
    @Order(2)
    void anEvidenceFileChangedOnDiskExitsWithTwoAndIsNamed(CapturedOutput output) throws IOException {
        HttpApi.Answer uploaded = api.upload("dongshan", "/api/assessments/" + DONGSHAN_ID + "/evidence", "会议纪要.txt",
                "text/plain", "命令行完整性校验会议纪要".getBytes(StandardCharsets.UTF_8), Map.of("indicatorCodes", List.of("1.1.1")));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String sha256 = uploaded.json().path("sha256").asText();
        String line = DONGSHAN_ID + ": evidence " + uploaded.id() + " sha256 " + sha256 + ": BLOB_CHANGED";
        check(DONGSHAN_ID);
        assertThat(output.getOut()).doesNotContain(line);

        Files.writeString(blobs.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256),
                "被篡改的内容", StandardCharsets.UTF_8);
        int code = check(DONGSHAN_ID);

        assertThat(code).as(output.getOut()).isEqualTo(2);
        assertThat(output.getOut()).contains(line).contains(DONGSHAN_ID + ": " + system.events(DONGSHAN_ID).size()
                + " events checked, chain intact");
    }

    @Test
    @Order(2)
    void anOldRuleChainIsIntactAndAfterRelinkingIsCheckedUnderTheNewRule(CapturedOutput output) throws Exception {
        String id = aggregateWithoutEvidence();
        int links = rewriteUnderTheOldRule(id);
        assertThat(links).isGreaterThan(1);

        assertThat(check(id)).as(output.getOut()).isZero();
        assertThat(output.getOut()).contains(id + ": " + links + " events checked, chain intact (" + links
                + " link(s) under the old rule: relink)");

        assertThat(check("relink")).as(output.getOut()).isZero();
        assertThat(output.getOut()).contains(id + ": " + links + " link(s) rehashed under rule 2");
        assertThat(database.column("select count(*) from event_chain where rule_version <> 2")).containsExactly(0L);

        int before = output.getOut().length();
        assertThat(check(id)).as(output.getOut()).isZero();
        assertThat(output.getOut().substring(before)).contains(id + ": " + links + " events checked, chain intact")
                .doesNotContain("old rule");

        // under the new rule the time is covered: back-dating an event is now a break
        String where = " where aggregate_identifier = '" + id + "' and sequence_number = 1";
        String time = (String) database.column("select time_stamp from domain_event_entry" + where).get(0);
        try (Connection connection = database.connect()) {
            connection.createStatement().executeUpdate("update domain_event_entry set time_stamp = '2019-06-01T00:00:00Z'" + where);
            before = output.getOut().length();
            assertThat(check(id)).as(output.getOut()).isEqualTo(1);
            assertThat(output.getOut().substring(before)).contains(id + ": " + links
                    + " events checked, chain BROKEN at sequence number 1");
            connection.createStatement().executeUpdate("update domain_event_entry set time_stamp = '" + time + "'" + where);
        }
        assertThat(check(id)).as(output.getOut()).isZero();
    }

    @Test
    @Order(2)
    void aBrokenOldRuleChainIsNotRelinked(CapturedOutput output) throws Exception {
        String id = aggregateWithoutEvidence();
        rewriteUnderTheOldRule(id);
        List<Object> hashes = database.column("select hash from event_chain where aggregate_identifier = '" + id
                + "' order by sequence_number");
        String where = " where aggregate_identifier = '" + id + "' and sequence_number = 1";
        try (Connection connection = database.connect()) {
            connection.createStatement().executeUpdate("update domain_event_entry set payload = payload || convert_to(' ', 'UTF8')"
                    + where);
            int before = output.getOut().length();

            assertThat(check("relink")).as(output.getOut()).isEqualTo(1);

            assertThat(output.getOut().substring(before)).contains(id + ": chain BROKEN at sequence number 1")
                    .contains("not relinked");
            assertThat(database.column("select hash from event_chain where aggregate_identifier = '" + id
                    + "' order by sequence_number")).isEqualTo(hashes);
            assertThat(database.column("select count(*) from event_chain where aggregate_identifier = '" + id
                    + "' and rule_version = 2")).containsExactly(0L);
            connection.createStatement().executeUpdate("update domain_event_entry "
                    + "set payload = substring(payload from 1 for length(payload) - 1)" + where);
        }
        assertThat(check(id)).as(output.getOut()).isZero();
    }

    @Test
    @Order(2)
    void aRelinkWhileCommandsAppendLeavesEveryLinkJoined() throws Exception {
        rewriteUnderTheOldRule(DONGSHAN_ID);
        int before = system.events(DONGSHAN_ID).size();
        org.evaltrack.command.integrity.ChainRelinker relinker = system.bean(org.evaltrack.command.integrity.ChainRelinker.class);
        List<String> failures = new CopyOnWriteArrayList<>();
        Thread appender = new Thread(() -> {
            for (int i = 1; i <= 12; i++) {
                HttpApi.Answer adjusted = api.post("reviewer", "/api/assessments/" + DONGSHAN_ID + "/adjustments",
                        "{\"indicatorCode\": \"1.1.1\", \"newScore\": " + (1 + i / 10.0) + ", \"reason\": \"并发补链 " + i + "\"}");
                if (adjusted.status() != 200) {
                    failures.add(adjusted.toString());
                }
            }
        });

        appender.start();
        while (appender.isAlive()) {
            assertThat(relinker.relink(DONGSHAN_ID).refused()).isFalse();
            Thread.sleep(5);
        }
        appender.join();

        assertThat(failures).isEmpty();
        assertThat(system.events(DONGSHAN_ID)).hasSize(before + 12);
        assertThat(database.column("select count(*) from event_chain where aggregate_identifier = '" + DONGSHAN_ID
                + "' and rule_version = 1")).containsExactly(0L);
        HttpApi.Answer report = api.post("office", "/api/assessments/" + DONGSHAN_ID + "/integrity-check", null);
        assertThat(report.json().path("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.json().path("eventsChecked").asInt()).isEqualTo(before + 12);
    }

    private String aggregateWithoutEvidence() {
        return (String) database.column("select min(aggregate_identifier) from domain_event_entry where aggregate_identifier "
                + "not in (select aggregate_identifier from domain_event_entry where payload_type = '" + EVIDENCE_TYPE + "')").get(0);
    }

    /**
     * Rewrites an aggregate's links as they were before V11: rule 1, computed here from the formula in
     * docs/integrity.md, independently of the application's code. The number of links.
     */
    private int rewriteUnderTheOldRule(String aggregateId) throws Exception {
        try (Connection connection = database.connect()) {
            var rows = connection.prepareStatement("select sequence_number, event_identifier, payload, meta_data "
                    + "from domain_event_entry where aggregate_identifier = ? order by sequence_number");
            rows.setString(1, aggregateId);
            var update = connection.prepareStatement("update event_chain set hash = ?, previous_hash = ?, rule_version = 1 "
                    + "where aggregate_identifier = ? and sequence_number = ?");
            String previous = "0".repeat(64);
            int links = 0;
            try (var result = rows.executeQuery()) {
                while (result.next()) {
                    java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                    field(digest, result.getBytes(3));
                    field(digest, result.getBytes(4));
                    field(digest, result.getString(2).getBytes(StandardCharsets.UTF_8));
                    digest.update(java.nio.ByteBuffer.allocate(8).putLong(result.getLong(1)).array());
                    field(digest, previous.getBytes(StandardCharsets.US_ASCII));
                    String hash = java.util.HexFormat.of().formatHex(digest.digest());
                    update.setString(1, hash);
                    update.setString(2, previous);
                    update.setString(3, aggregateId);
                    update.setLong(4, result.getLong(1));
                    assertThat(update.executeUpdate()).isEqualTo(1);
                    previous = hash;
                    links++;
                }
            }
            return links;
        }
    }

    private static void field(java.security.MessageDigest digest, byte[] bytes) {
        digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            digest.update(bytes);
        }
    }

    @Test
    @Order(3)
    void anEventRowEditedWithSqlExitsWithOneAndNamesTheAggregateAndPosition(CapturedOutput output) throws SQLException {
        long edited = 3;
        String eventId = (String) database.column("select event_identifier from domain_event_entry where aggregate_identifier = '"
                + DONGSHAN_ID + "' and sequence_number = " + edited).get(0);
        try (Connection connection = database.connect()) {
            int rows = connection.createStatement().executeUpdate("update domain_event_entry "
                    + "set payload = payload || convert_to(' ', 'UTF8') where aggregate_identifier = '" + DONGSHAN_ID
                    + "' and sequence_number = " + edited);
            assertThat(rows).isEqualTo(1);
        }

        int code = check("all");

        assertThat(code).as(output.getOut()).isEqualTo(1);
        assertThat(output.getOut()).contains(DONGSHAN_ID + ": " + system.events(DONGSHAN_ID).size()
                + " events checked, chain BROKEN at sequence number " + edited + " (event " + eventId + "): HASH_MISMATCH");
        assertThat(output.getOut().lines().filter(l -> l.contains("BROKEN")).collect(Collectors.toList())).hasSize(1);
    }

    /** Runs the command as its own application on the running system's schema and blobs; its exit code. */
    private int check(String selection) {
        List<Integer> exitCodes = new CopyOnWriteArrayList<>();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(EvaltrackApplication.class)
                .listeners((ApplicationListener<ExitCodeEvent>) event -> exitCodes.add(event.getExitCode()))
                .run(database.args("--server.port=0", "--evaltrack.demo.enabled=false",
                        "--evaltrack.blobs.dir=" + blobs.toAbsolutePath(),
                        "--evaltrack.integrity-check=" + selection, "--evaltrack.integrity-check-exit=false"));
        assertThat(context.isActive()).isFalse();
        assertThat(exitCodes).hasSizeLessThanOrEqualTo(1);
        // exit code 0 raises no ExitCodeEvent
        return exitCodes.isEmpty() ? 0 : exitCodes.get(0);
    }
}
