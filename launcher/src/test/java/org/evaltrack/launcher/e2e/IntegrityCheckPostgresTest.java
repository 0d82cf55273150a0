package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The tamper-evident history over HTTP on PostgreSQL: the demo assessment's chain is intact, and an
 * edited event row or an overwritten evidence file is found and named. Ordered: the row edit comes
 * last because it breaks the chain for good.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegrityCheckPostgresTest {

    private static final String DONGSHAN_ID = "assessment-2019-dongshan";
    private static final String CHECK = "/api/assessments/" + DONGSHAN_ID + "/integrity-check";

    private final PostgresTestDatabase database;
    private final Path blobs;
    private final RunningSystem system;
    private HttpApi api;

    IntegrityCheckPostgresTest(PostgresTestDatabase database) throws IOException {
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
    void theDemoAssessmentsChainIsIntact() {
        JsonNode report = check("reviewer");

        assertThat(report.path("aggregateId").asText()).isEqualTo(DONGSHAN_ID);
        assertThat(report.path("eventsChecked").asInt()).isEqualTo(system.events(DONGSHAN_ID).size()).isGreaterThan(1);
        assertThat(report.path("intact").asBoolean()).isTrue();
        assertThat(report.path("firstBreak").isNull()).isTrue();
    }

    @Test
    @Order(1)
    void everyStoredEventHasItsLink() {
        assertThat(database.column("select count(*) from event_chain where aggregate_identifier = '" + DONGSHAN_ID + "'"))
                .containsExactly((long) system.events(DONGSHAN_ID).size());
    }

    @Test
    @Order(1)
    void eventsStoredWithoutLinksAreLinkedInOrderOnTheAggregatesNextAppend() throws SQLException {
        long stored = system.events(DONGSHAN_ID).size();
        try (Connection connection = database.connect()) {
            int removed = connection.createStatement().executeUpdate("delete from event_chain where aggregate_identifier = '"
                    + DONGSHAN_ID + "' and sequence_number >= " + (stored - 3));
            assertThat(removed).isEqualTo(3);
        }

        HttpApi.Answer adjusted = api.post("reviewer", "/api/assessments/" + DONGSHAN_ID + "/adjustments",
                "{\"indicatorCode\": \"1.1.1\", \"newScore\": 1.5, \"reason\": \"补链后复核\"}");
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);

        assertThat(database.column("select count(*) from event_chain where aggregate_identifier = '" + DONGSHAN_ID + "'"))
                .containsExactly(stored + 1);
        JsonNode report = check("office");
        assertThat(report.path("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.path("eventsChecked").asLong()).isEqualTo(stored + 1);
    }

    @Test
    @Order(1)
    void aSubmitterMayNotRunTheCheck() {
        HttpApi.Answer answer = api.post("dongshan", CHECK, null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
    }

    @Test
    @Order(1)
    void anUnknownAssessmentIsNotFound() {
        HttpApi.Answer answer = api.post("office", "/api/assessments/assessment-none/integrity-check", null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void anOverwrittenEvidenceFileIsReportedAndTheOthersAreNot() throws IOException {
        HttpApi.Answer uploaded = api.upload("dongshan", "/api/assessments/" + DONGSHAN_ID + "/evidence", "会议纪要.txt",
                "text/plain", "完整性校验会议纪要".getBytes(StandardCharsets.UTF_8), Map.of("indicatorCodes", List.of("1.1.1")));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String evidenceId = uploaded.id();
        String sha256 = uploaded.json().path("sha256").asText();
        assertThat(evidence(check("office"), evidenceId).path("intact").asBoolean()).isTrue();

        Files.writeString(blobs.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256),
                "被篡改的内容", StandardCharsets.UTF_8);
        JsonNode report = check("office");

        JsonNode tampered = evidence(report, evidenceId);
        assertThat(tampered.path("sha256").asText()).isEqualTo(sha256);
        assertThat(tampered.path("intact").asBoolean()).isFalse();
        assertThat(tampered.path("problem").asText()).isEqualTo("BLOB_CHANGED");
        assertThat(report.path("intact").asBoolean()).as("the event chain itself is untouched").isTrue();
    }

    @Test
    @Order(2)
    void anAdjustmentsTimeChangedWithSqlIsTheFirstBreak() throws SQLException {
        long position = adjustment("2", "补记时间核查");

        tamperAndRestore(position, "time_stamp", "2019-06-01T00:00:00Z");
    }

    @Test
    @Order(2)
    void anAdjustmentsPayloadTypeChangedWithSqlIsTheFirstBreak() throws SQLException {
        long position = adjustment("2.5", "事件类型核查");

        tamperAndRestore(position, "payload_type", "org.evaltrack.kernel.assessment.ScoreClaimed");
    }

    @Test
    @Order(2)
    void anAdjustmentsPayloadRevisionChangedWithSqlIsTheFirstBreak() throws SQLException {
        long position = adjustment("3", "事件版本核查");

        tamperAndRestore(position, "payload_revision", "9");
    }

    /** Posts a review adjustment of 1.1.1 (each test its own score); the sequence number of the event it recorded. */
    private long adjustment(String newScore, String reason) {
        HttpApi.Answer adjusted = api.post("reviewer", "/api/assessments/" + DONGSHAN_ID + "/adjustments",
                "{\"indicatorCode\": \"1.1.1\", \"newScore\": " + newScore + ", \"reason\": \"" + reason + "\"}");
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
        return ((Number) database.column("select max(sequence_number) from domain_event_entry where aggregate_identifier = '"
                + DONGSHAN_ID + "' and payload_type like '%ReviewAdjustmentMade'").get(0)).longValue();
    }

    /**
     * Sets one column of the event at {@code position} with SQL: the check names that position; put
     * back, the chain is intact again (so later tests start from an intact chain).
     */
    private void tamperAndRestore(long position, String column, String forged) throws SQLException {
        String where = " where aggregate_identifier = '" + DONGSHAN_ID + "' and sequence_number = " + position;
        Object original = database.column("select " + column + " from domain_event_entry" + where).get(0);
        assertThat(check("office").path("intact").asBoolean()).isTrue();
        try (Connection connection = database.connect()) {
            var update = connection.prepareStatement("update domain_event_entry set " + column + " = ?" + where);
            update.setObject(1, forged);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        JsonNode report = check("reviewer");

        assertThat(report.path("intact").asBoolean()).as(column + " " + report).isFalse();
        assertThat(report.path("firstBreak").path("sequenceNumber").asLong()).isEqualTo(position);
        assertThat(report.path("firstBreak").path("problem").asText()).isEqualTo("HASH_MISMATCH");

        try (Connection connection = database.connect()) {
            var update = connection.prepareStatement("update domain_event_entry set " + column + " = ?" + where);
            update.setObject(1, original);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        assertThat(check("office").path("intact").asBoolean()).as("restored " + column).isTrue();
    }

    @Test
    @Order(3)
    void anEventRowEditedWithSqlIsTheFirstBreak() throws SQLException {
        long edited = 3;
        String eventId = (String) database.column("select event_identifier from domain_event_entry where aggregate_identifier = '"
                + DONGSHAN_ID + "' and sequence_number = " + edited).get(0);
        try (Connection connection = database.connect()) {
            int rows = connection.createStatement().executeUpdate("update domain_event_entry "
                    + "set payload = payload || convert_to(' ', 'UTF8') where aggregate_identifier = '" + DONGSHAN_ID
                    + "' and sequence_number = " + edited);
            assertThat(rows).isEqualTo(1);
        }

        JsonNode report = check("reviewer");

        assertThat(report.path("intact").asBoolean()).isFalse();
        JsonNode firstBreak = report.path("firstBreak");
        assertThat(firstBreak.path("sequenceNumber").asLong()).isEqualTo(edited);
        assertThat(firstBreak.path("eventId").asText()).isEqualTo(eventId);
        assertThat(firstBreak.path("problem").asText()).isEqualTo("HASH_MISMATCH");
        assertThat(firstBreak.path("expectedHash").asText()).matches("[0-9a-f]{64}")
                .isNotEqualTo(firstBreak.path("foundHash").asText());
        assertThat(firstBreak.path("foundHash").asText()).isEqualTo(database.column(
                "select hash from event_chain where aggregate_identifier = '" + DONGSHAN_ID + "' and sequence_number = " + edited).get(0));
    }

    private JsonNode check(String user) {
        HttpApi.Answer answer = api.post(user, CHECK, null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode evidence(JsonNode report, String evidenceId) {
        for (JsonNode entry : report.path("evidence")) {
            if (evidenceId.equals(entry.path("evidenceId").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no evidence " + evidenceId + " in " + report);
    }
}
