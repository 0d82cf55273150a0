package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.evidence.BlobLayout;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Evidence files over real HTTP on PostgreSQL: uploaded with or without the client's own SHA-256, downloaded
 * from the query side only after the bytes hash again to what was recorded, refused when the file on disk was
 * changed or removed, and refused to outsiders like the assessment it belongs to.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceFilesOverHttpPostgresTest {

    private static final String DONGSHAN_ID = "assessment-2019-dongshan";
    private static final String DONGSHAN = "/api/assessments/" + DONGSHAN_ID;
    private static final String PROBLEM_JSON = "application/problem+json";

    private final RunningSystem system;
    private final Path blobs;
    private HttpApi api;

    EvidenceFilesOverHttpPostgresTest(PostgresTestDatabase database) throws IOException {
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
    void downloadSendsTheUploadedBytesWithTheirNameTypeAndHash() {
        byte[] content = unique("二〇一九年脱贫户、困难户筛查台账\n");
        String name = "扶贫台账（第二季度）.txt";
        Uploaded uploaded = upload("dongshan", name, content, Map.of());

        HttpApi.Download download = awaitDownload("dongshan", uploaded.contentPath());

        assertThat(download.status()).as(download.asAnswer().toString()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
        assertThat(download.header("Content-Type")).startsWith("text/plain");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("ETag")).isEqualTo("\"" + sha256(content) + "\"");
        assertThat(download.header("Content-Disposition")).startsWith("attachment")
                .contains("filename*=UTF-8''%E6%89%B6%E8%B4%AB%E5%8F%B0%E8%B4%A6");
        assertThat(download.header("Evidence-State")).isEqualTo("ACTIVE");
        assertThat(api.download("reviewer", uploaded.contentPath()).body()).isEqualTo(content);
        HttpApi.Download unchanged = api.download("dongshan", uploaded.contentPath(), "If-None-Match", download.header("ETag"));
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void aPdfOrAnImageIsShownInPlaceOnAskingAnythingElseIsAlwaysDownloaded() {
        byte[] pdf = unique("%PDF-1.4\n% 佐证\n");
        HttpApi.Answer answer = api.upload("dongshan", DONGSHAN + "/evidence", "会议纪要.pdf", "application/pdf", pdf,
                Map.of("indicatorCodes", List.of("1.1.1")));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String pdfPath = DONGSHAN + "/evidence/" + answer.id() + "/content";
        Uploaded text = upload("dongshan", "说明.txt", unique("说明\n"), Map.of());
        awaitDownload("dongshan", pdfPath);
        awaitDownload("dongshan", text.contentPath());

        HttpApi.Download preview = api.download("reviewer", pdfPath + "?preview=true");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.header("Content-Disposition")).startsWith("inline");
        assertThat(preview.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.download("reviewer", pdfPath).header("Content-Disposition")).startsWith("attachment");
        assertThat(api.download("reviewer", text.contentPath() + "?preview=true").header("Content-Disposition"))
                .as("text is never shown in place").startsWith("attachment");
    }

    @Test
    void aFileChangedOnDiskIsRefusedAndRecorded() throws IOException {
        byte[] content = unique("消防演练记录\n");
        Uploaded uploaded = upload("dongshan", "消防演练记录.txt", content, Map.of());
        awaitDownload("reviewer", uploaded.contentPath());

        Files.write(BlobLayout.pathOf(blobs, uploaded.sha256()), unique("被篡改的内容\n"));
        HttpApi.Download refused = api.download("reviewer", uploaded.contentPath());

        assertProblem(refused.asAnswer(), 409, "EVIDENCE_CORRUPTED");
        assertThat(refused.asAnswer().json().path("title").asText()).isEqualTo("佐证材料文件已损坏");
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("被篡改的内容");
        assertThat(api.download("reviewer", uploaded.contentPath(), "Accept-Language", "en").asAnswer().json()
                .path("title").asText()).isEqualTo("Evidence file corrupted");
        assertThat(failures(uploaded.evidenceId(), "EVIDENCE_CORRUPTED")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aReUploadOfTheOriginalRepairsAFileChangedOnDiskAndTheRepairIsRecorded() throws IOException {
        byte[] content = unique("安全生产检查台账\n");
        Uploaded uploaded = upload("dongshan", "安全生产检查台账.txt", content, Map.of());
        awaitDownload("reviewer", uploaded.contentPath());
        byte[] tampered = unique("被篡改的台账\n");
        Files.write(BlobLayout.pathOf(blobs, uploaded.sha256()), tampered);
        assertProblem(api.download("reviewer", uploaded.contentPath()).asAnswer(), 409, "EVIDENCE_CORRUPTED");

        Uploaded again = upload("dongshan", "安全生产检查台账.txt", content, Map.of("sha256", List.of(sha256(content))));

        assertThat(again.answer().json().path("clientHashVerified").asBoolean()).isTrue();
        assertThat(again.sha256()).isEqualTo(uploaded.sha256());
        HttpApi.Download repaired = api.download("reviewer", uploaded.contentPath());
        assertThat(repaired.status()).as(repaired.asAnswer().toString()).isEqualTo(200);
        assertThat(repaired.body()).isEqualTo(content);
        assertThat(Files.readAllBytes(BlobLayout.pathOf(blobs, uploaded.sha256()))).isEqualTo(content);
        assertThat(new JdbcTemplate(system.bean(DataSource.class)).queryForList(
                "select found_sha256 from evidence_blob_repair where sha256 = ?", String.class, uploaded.sha256()))
                .containsExactly(sha256(tampered));
        HttpApi.Answer report = api.post("office", DONGSHAN + "/integrity-check", null);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode check = null;
        for (com.fasterxml.jackson.databind.JsonNode entry : report.json().path("evidence")) {
            if (uploaded.evidenceId().equals(entry.path("evidenceId").asText())) {
                check = entry;
            }
        }
        assertThat(check).as(report.toString()).isNotNull();
        assertThat(check.path("intact").asBoolean()).isTrue();
        assertThat(check.path("lastRepairedAt").isTextual()).as(check.toString()).isTrue();
    }

    @Test
    void aFileRemovedFromDiskIsRefusedAndRecorded() throws IOException {
        byte[] content = unique("债务化解明细\n");
        Uploaded uploaded = upload("dongshan", "债务化解明细.txt", content, Map.of());
        awaitDownload("reviewer", uploaded.contentPath());

        Files.delete(BlobLayout.pathOf(blobs, uploaded.sha256()));

        assertProblem(api.download("dongshan", uploaded.contentPath()).asAnswer(), 404, "EVIDENCE_FILE_MISSING");
        assertThat(failures(uploaded.evidenceId(), "EVIDENCE_FILE_MISSING")).isEqualTo(1);
    }

    @Test
    void outsidersAreRefusedLikeForTheAssessment() {
        Uploaded uploaded = upload("dongshan", "统计报表.txt", unique("统计报表\n"), Map.of());
        awaitDownload("dongshan", uploaded.contentPath());

        assertProblem(api.download("changpuzi", uploaded.contentPath()).asAnswer(), 403, "OTHER_UNIT");
        assertProblem(api.download(null, uploaded.contentPath()).asAnswer(), 401, "UNAUTHENTICATED");
    }

    @Test
    void unknownEvidenceIsNotFound() {
        assertProblem(api.download("reviewer", DONGSHAN + "/evidence/evidence-unknown/content").asAnswer(), 404,
                "EVIDENCE_NOT_FOUND");
    }

    @Test
    void withdrawnEvidenceIsStillServedAndSaysSo() {
        byte[] content = unique("误传的材料\n");
        Uploaded uploaded = upload("dongshan", "误传的材料.txt", content, Map.of());
        HttpApi.Answer withdrawn = api.post("dongshan", DONGSHAN + "/evidence/" + uploaded.evidenceId() + "/withdrawal",
                "{\"reason\": \"传错了文件\"}");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                "WITHDRAWN".equals(api.download("dongshan", uploaded.contentPath()).header("Evidence-State")));
        HttpApi.Download download = api.download("dongshan", uploaded.contentPath());

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
    }

    @Test
    void aMatchingClientHashIsRecordedAsVerified() {
        byte[] content = unique("离线采集的照片说明\n");
        Uploaded uploaded = upload("dongshan", "离线采集.txt", content,
                Map.of("sha256", List.of(sha256(content).toUpperCase()), "capturedAt", List.of("2020-01-04T08:00:00Z")));

        assertThat(uploaded.answer().json().path("clientHashVerified").asBoolean()).isTrue();
        EvidenceAttached event = attached(uploaded.evidenceId());
        assertThat(event.clientHashVerified()).isTrue();
        assertThat(event.sha256()).isEqualTo(sha256(content));
        assertThat(event.capturedAt()).hasToString("2020-01-04T08:00:00Z");
        assertThat(event.receivedAt()).isAfter(event.capturedAt());
    }

    @Test
    void withoutAClientHashNothingIsClaimedVerified() {
        Uploaded uploaded = upload("dongshan", "普通上传.txt", unique("普通上传\n"), Map.of());

        assertThat(attached(uploaded.evidenceId()).clientHashVerified()).isFalse();
    }

    @Test
    void aClientHashThatDiffersStoresNothing() throws IOException {
        byte[] content = unique("传输中损坏的文件\n");
        int events = system.events(DONGSHAN_ID).size();
        long files = blobFiles();

        HttpApi.Answer refused = api.upload("dongshan", DONGSHAN + "/evidence", "损坏.txt", "text/plain", content,
                Map.of("indicatorCodes", List.of("1.1.1"), "sha256", List.of(sha256(unique("别的内容\n")))),
                "Accept-Language", "en");

        assertProblem(refused, 422, "EVIDENCE_HASH_MISMATCH");
        assertThat(refused.json().path("title").asText()).isEqualTo("Evidence hash mismatch");
        assertThat(system.events(DONGSHAN_ID)).hasSize(events);
        assertThat(blobFiles()).isEqualTo(files);
        assertThat(Files.exists(BlobLayout.pathOf(blobs, sha256(content)))).isFalse();
    }

    @Test
    void aClientHashThatIsNoHashIsABadRequest() {
        int events = system.events(DONGSHAN_ID).size();

        HttpApi.Answer refused = api.upload("dongshan", DONGSHAN + "/evidence", "a.txt", "text/plain", unique("a\n"),
                Map.of("indicatorCodes", List.of("1.1.1"), "sha256", List.of("xyz")));

        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(system.events(DONGSHAN_ID)).hasSize(events);
    }

    private record Uploaded(HttpApi.Answer answer, String evidenceId, String sha256) {
        String contentPath() {
            return DONGSHAN + "/evidence/" + evidenceId + "/content";
        }
    }

    private Uploaded upload(String user, String name, byte[] content, Map<String, List<String>> extra) {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>(extra);
        fields.put("indicatorCodes", List.of("1.1.1"));
        HttpApi.Answer answer = api.upload(user, DONGSHAN + "/evidence", name, "text/plain", content, fields);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return new Uploaded(answer, answer.id(), answer.json().path("sha256").asText());
    }

    /** The evidence projection follows the event stream on its own thread. */
    private HttpApi.Download awaitDownload(String user, String path) {
        HttpApi.Download[] last = new HttpApi.Download[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = api.download(user, path);
            return last[0].status() != 404;
        });
        return last[0];
    }

    private EvidenceAttached attached(String evidenceId) {
        return system.events(DONGSHAN_ID).stream().map(DomainEventMessage::getPayload)
                .filter(EvidenceAttached.class::isInstance).map(EvidenceAttached.class::cast)
                .filter(e -> e.evidenceId().value().equals(evidenceId))
                .findFirst().orElseThrow();
    }

    private int failures(String evidenceId, String problem) {
        return new JdbcTemplate(system.bean(DataSource.class)).queryForObject(
                "select count(*) from evidence_file_failure where evidence_id = ? and problem = ?", Integer.class,
                evidenceId, problem);
    }

    private long blobFiles() throws IOException {
        try (Stream<Path> files = Files.walk(blobs)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void assertProblem(HttpApi.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith(PROBLEM_JSON);
        assertThat(answer.json().path("code").asText()).as(answer.toString()).isEqualTo(code);
    }

    /** The text with a suffix of its own, so no two tests share a content-addressed blob. */
    private static byte[] unique(String text) {
        return (text + UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
