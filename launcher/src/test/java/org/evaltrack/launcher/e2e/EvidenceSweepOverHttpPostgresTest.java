package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.evaltrack.kernel.evidence.BlobLayout;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The evidence sweep over real HTTP on PostgreSQL: the bytes of an upload the assessment refused are removed
 * when the office asks, once past the grace period, while a referenced file stays and still downloads.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceSweepOverHttpPostgresTest {

    private static final String DONGSHAN = "/api/assessments/assessment-2019-dongshan";
    private static final String SWEEPS = "/api/evidence-sweeps";
    private static final Duration PAST_THE_GRACE_PERIOD = Duration.ofHours(25);

    private final RunningSystem system;
    private final Path blobs;
    private HttpApi api;

    EvidenceSweepOverHttpPostgresTest(PostgresTestDatabase database) throws IOException {
        this.blobs = Files.createTempDirectory("evaltrack-blobs");
        this.system = new RunningSystem(database, blobs, "--evaltrack.evidence.sweep.enabled=false");
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
    void anOrphanOfARefusedUploadIsRemovedOnDemandWhileAReferencedFileStaysAndDownloads() throws IOException {
        byte[] kept = unique("村级财务公开记录\n");
        HttpApi.Answer attached = api.upload("dongshan", DONGSHAN + "/evidence", "财务公开.txt", "text/plain", kept,
                Map.of("indicatorCodes", List.of("1.1.1")));
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        String contentPath = DONGSHAN + "/evidence/" + attached.id() + "/content";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.download("dongshan", contentPath).status() == 200);

        byte[] orphan = unique("填错指标的佐证\n");
        HttpApi.Answer refused = api.upload("dongshan", DONGSHAN + "/evidence", "填错指标.txt", "text/plain", orphan,
                Map.of("indicatorCodes", List.of("9.9.9")));
        assertThat(refused.status()).as(refused.toString()).isBetween(400, 499);
        Path orphanFile = BlobLayout.pathOf(blobs, sha256(orphan));
        Path keptFile = BlobLayout.pathOf(blobs, sha256(kept));
        assertThat(orphanFile).as("the bytes were stored before the command was refused").isRegularFile();
        Path staleTemp = Files.writeString(blobs.resolve(".incoming-crashed.tmp"), "半截上传");
        for (Path file : List.of(orphanFile, keptFile, staleTemp)) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(PAST_THE_GRACE_PERIOD)));
        }

        HttpApi.Answer swept = api.post("office", SWEEPS, null);

        assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
        assertThat(swept.id()).startsWith("evidence-sweep-");
        assertThat(swept.json().path("changed").path("blobsRemoved").asInt()).as(swept.toString()).isEqualTo(1);
        assertThat(swept.json().path("changed").path("bytesRemoved").asLong()).isEqualTo(orphan.length);
        assertThat(swept.json().path("changed").path("tempFilesRemoved").asInt()).isEqualTo(1);
        assertThat(swept.json().path("changed").path("blobsReferenced").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(swept.json().path("changed").path("failures").asInt()).isZero();
        assertThat(orphanFile).doesNotExist();
        assertThat(staleTemp).doesNotExist();
        assertThat(keptFile).isRegularFile();
        HttpApi.Download download = api.download("reviewer", contentPath);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(kept);
        assertThat(new JdbcTemplate(system.bean(DataSource.class)).queryForObject(
                "select blobs_removed from evidence_sweep where sweep_id = ?", Integer.class, swept.id())).isEqualTo(1);
    }

    @Test
    void evidenceAttachedBeforeTheReferenceTableWasKeptIsReadFromTheEventStoreAndKept() throws IOException {
        byte[] older = unique("升级前上传的佐证\n");
        HttpApi.Answer attached = api.upload("dongshan", DONGSHAN + "/evidence", "升级前.txt", "text/plain", older,
                Map.of("indicatorCodes", List.of("1.1.1")));
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        Path olderFile = BlobLayout.pathOf(blobs, sha256(older));
        Files.setLastModifiedTime(olderFile, FileTime.from(Instant.now().minus(PAST_THE_GRACE_PERIOD)));
        JdbcTemplate jdbc = new JdbcTemplate(system.bean(DataSource.class));
        // as on a database upgraded to command V19: the events are there, the lookup rows not yet
        jdbc.update("delete from lookup_evidence_blob");
        jdbc.update("delete from lookup_evidence_blob_backfill");

        HttpApi.Answer swept = api.post("office", SWEEPS, null);

        assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
        assertThat(olderFile).isRegularFile();
        assertThat(jdbc.queryForObject("select count(*) from lookup_evidence_blob where sha256 = ?", Integer.class,
                sha256(older))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from lookup_evidence_blob_backfill", Integer.class)).isEqualTo(1);
    }

    @Test
    void onlyThePerformanceOfficeMaySweep() {
        for (String user : List.of("reviewer", "dongshan")) {
            HttpApi.Answer refused = api.post(user, SWEEPS, null);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.json().path("code").asText()).isEqualTo("ROLE_NOT_ALLOWED");
        }
        assertThat(api.post(null, SWEEPS, null).status()).isEqualTo(401);
    }

    private static byte[] unique(String text) {
        return (text + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
