package org.evaltrack.command.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.evaltrack.kernel.evidence.BlobLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep's rules on a real directory: what is old, referenced, a temp file, or left from a crashed sweep. */
class BlobSweepTest {

    private static final Duration GRACE = Duration.ofHours(24);

    @TempDir
    Path root;

    private final Instant now = Instant.now();
    private final Set<String> referenced = new HashSet<>();

    @Test
    void anUnreferencedBlobOlderThanTheGracePeriodIsRemoved() throws IOException {
        StoredBlob orphan = stored("拒收命令留下的文件", GRACE.plusMinutes(1));

        SweepResult result = sweep();

        assertThat(BlobLayout.pathOf(root, orphan.sha256())).doesNotExist();
        assertThat(result.blobsRemoved()).isEqualTo(1);
        assertThat(result.blobBytesRemoved()).isEqualTo(orphan.size());
        assertThat(result.failures()).isZero();
    }

    @Test
    void aReferencedBlobIsKeptHoweverOld() throws IOException {
        StoredBlob kept = stored("有事件引用的文件", Duration.ofDays(400));
        referenced.add(kept.sha256());

        SweepResult result = sweep();

        assertThat(BlobLayout.pathOf(root, kept.sha256())).isRegularFile();
        assertThat(result.blobsRemoved()).isZero();
        assertThat(result.blobsReferenced()).isEqualTo(1);
    }

    @Test
    void anUnreferencedBlobWithinTheGracePeriodIsKeptItsCommandMayStillCommit() throws IOException {
        StoredBlob young = stored("刚上传的文件", GRACE.minusMinutes(1));

        SweepResult result = sweep();

        assertThat(BlobLayout.pathOf(root, young.sha256())).isRegularFile();
        assertThat(result.blobsRemoved()).isZero();
        assertThat(result.blobsWithinGrace()).isEqualTo(1);
    }

    @Test
    void anOldOrphanUploadedAgainIsKeptTheUploadRestartsItsGracePeriod() throws IOException {
        StoredBlob orphan = stored("再次上传的文件", Duration.ofDays(3));

        new FileSystemBlobStore(root).put(new ByteArrayInputStream("再次上传的文件".getBytes(StandardCharsets.UTF_8)));
        SweepResult result = sweep();

        assertThat(BlobLayout.pathOf(root, orphan.sha256())).isRegularFile();
        assertThat(result.blobsRemoved()).isZero();
    }

    @Test
    void aBlobSweptAwayIsStoredAgainByTheNextUploadOfItsBytes() throws IOException {
        StoredBlob orphan = stored("清理后再上传", Duration.ofDays(3));
        sweep();

        StoredBlob again = new FileSystemBlobStore(root).put(new ByteArrayInputStream("清理后再上传".getBytes(StandardCharsets.UTF_8)));

        assertThat(again).isEqualTo(orphan);
        assertThat(BlobLayout.pathOf(root, orphan.sha256())).hasContent("清理后再上传");
    }

    @Test
    void tempFilesOlderThanTheGracePeriodAreRemovedYoungerOnesKept() throws IOException {
        Path stale = temp("崩溃留下的半截文件", GRACE.plusHours(1));
        Path inFlight = temp("正在上传", Duration.ofMinutes(5));

        SweepResult result = sweep();

        assertThat(stale).doesNotExist();
        assertThat(inFlight).isRegularFile();
        assertThat(result.tempFilesRemoved()).isEqualTo(1);
        assertThat(result.tempBytesRemoved()).isEqualTo("崩溃留下的半截文件".getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aBlobLeftAsideByACrashedSweepGoesBackWhenReferencedAndIsRemovedWhenNot() throws IOException {
        StoredBlob needed = stored("被引用但已移开", Duration.ofDays(3));
        StoredBlob unneeded = stored("无引用且已移开", Duration.ofDays(3));
        referenced.add(needed.sha256());
        Path neededAside = moveAside(needed);
        Path unneededAside = moveAside(unneeded);

        SweepResult result = sweep();

        assertThat(BlobLayout.pathOf(root, needed.sha256())).hasContent("被引用但已移开");
        assertThat(neededAside).doesNotExist();
        assertThat(unneededAside).doesNotExist();
        assertThat(BlobLayout.pathOf(root, unneeded.sha256())).doesNotExist();
        assertThat(result.blobsRemoved()).isEqualTo(1);
    }

    @Test
    void filesTheStoreDidNotWriteAreLeftAlone() throws IOException {
        Path note = Files.writeString(root.resolve("README.txt"), "运维说明");
        Path misplaced = Files.createDirectories(root.resolve("zz")).resolve("not-a-blob");
        Files.writeString(misplaced, "x");
        age(note, Duration.ofDays(30));
        age(misplaced, Duration.ofDays(30));

        SweepResult result = sweep();

        assertThat(note).isRegularFile();
        assertThat(misplaced).isRegularFile();
        assertThat(result.blobsRemoved() + result.tempFilesRemoved()).isZero();
    }

    @Test
    void aFailureIsCountedAndNamedAndTheOtherFilesAreStillSwept() throws IOException {
        StoredBlob troubled = stored("查询引用失败的文件", Duration.ofDays(3));
        StoredBlob orphan = stored("照常清理的文件", Duration.ofDays(3));
        Predicate<String> failing = sha256 -> {
            if (sha256.equals(troubled.sha256())) {
                throw new IllegalStateException("database unavailable");
            }
            return false;
        };

        SweepResult result = new BlobSweep(root, failing, now.minus(GRACE)).run();

        assertThat(result.failures()).isEqualTo(1);
        assertThat(result.firstFailure()).contains(troubled.sha256()).contains("database unavailable");
        assertThat(BlobLayout.pathOf(root, troubled.sha256())).isRegularFile();
        assertThat(BlobLayout.pathOf(root, orphan.sha256())).doesNotExist();
    }

    private SweepResult sweep() {
        return new BlobSweep(root, referenced::contains, now.minus(GRACE)).run();
    }

    private StoredBlob stored(String text, Duration age) throws IOException {
        StoredBlob blob = new FileSystemBlobStore(root).put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        age(BlobLayout.pathOf(root, blob.sha256()), age);
        return blob;
    }

    private Path temp(String text, Duration age) throws IOException {
        Path temp = Files.createTempFile(root, FileSystemBlobStore.TEMP_PREFIX, ".tmp");
        Files.writeString(temp, text);
        age(temp, age);
        return temp;
    }

    private Path moveAside(StoredBlob blob) throws IOException {
        return Files.move(BlobLayout.pathOf(root, blob.sha256()), root.resolve(BlobSweep.ASIDE_PREFIX + blob.sha256()));
    }

    private void age(Path file, Duration age) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(now.minus(age)));
    }
}
