package org.evaltrack.command.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest {

    /** SHA-256 of the three bytes "abc" (FIPS 180-2 test vector). */
    private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path root;

    @Test
    void storesBytesUnderTheirSha256InPrefixFolders() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);

        StoredBlob blob = store.put(bytes("abc"));

        assertThat(blob).isEqualTo(new StoredBlob(SHA256_OF_ABC, 3));
        Path expected = root.resolve("ba").resolve("78").resolve(SHA256_OF_ABC);
        assertThat(expected).isRegularFile().hasContent("abc");
    }

    @Test
    void readsBackWhatWasStored() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        byte[] content = "东山侗族乡自查自评报告".getBytes(StandardCharsets.UTF_8);

        StoredBlob blob = store.put(new ByteArrayInputStream(content));

        assertThat(store.exists(blob.sha256())).isTrue();
        try (InputStream in = store.open(blob.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void sameContentUploadedTwiceIsStoredOnce() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);

        StoredBlob first = store.put(bytes("same evidence"));
        StoredBlob second = store.put(bytes("same evidence"));

        assertThat(second).isEqualTo(first);
        assertThat(allFiles()).hasSize(1);
    }

    /** SHA-256 of the three bytes "xyz". */
    private static final String SHA256_OF_XYZ = "3608bca1e44ea6c4d268eb6db02260269892c0b42b86bbf1e77a6fa16c3c9282";

    @Test
    void aStoredFileChangedOnDiskIsReplacedByAnUploadOfItsBytesAndTheRepairIsReported() throws IOException {
        List<String> repairs = new ArrayList<>();
        FileSystemBlobStore store = new FileSystemBlobStore(root,
                (sha256, found, size) -> repairs.add(sha256 + " " + found + " " + size));
        store.put(bytes("abc"));
        Path stored = store.pathOf(SHA256_OF_ABC);
        Files.writeString(stored, "xyz");

        StoredBlob again = store.put(bytes("abc"), SHA256_OF_ABC);

        assertThat(again).isEqualTo(new StoredBlob(SHA256_OF_ABC, 3));
        assertThat(stored).hasContent("abc");
        assertThat(repairs).containsExactly(SHA256_OF_ABC + " " + SHA256_OF_XYZ + " 3");
        assertThat(allFiles()).as("no temp file left").containsExactly(stored);
    }

    @Test
    void aReaderOfTheDamagedFileKeepsItWholeWhileTheRepairRenamesTheGoodBytesIntoPlace() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        store.put(bytes("abc"));
        Files.writeString(store.pathOf(SHA256_OF_ABC), "damaged copy");

        try (InputStream before = store.open(SHA256_OF_ABC)) {
            store.put(bytes("abc"));

            assertThat(before.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("damaged copy");
        }
        try (InputStream after = store.open(SHA256_OF_ABC)) {
            assertThat(after.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("abc");
        }
    }

    @Test
    void anIntactStoredFileIsLeftInPlaceAndNoRepairIsReported() throws IOException {
        List<String> repairs = new ArrayList<>();
        FileSystemBlobStore store = new FileSystemBlobStore(root, (sha256, found, size) -> repairs.add(sha256));
        store.put(bytes("abc"));
        Object fileKey = Files.readAttributes(store.pathOf(SHA256_OF_ABC), java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();

        store.put(bytes("abc"), SHA256_OF_ABC);

        assertThat(repairs).isEmpty();
        assertThat(Files.readAttributes(store.pathOf(SHA256_OF_ABC), java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey()).isEqualTo(fileKey);
    }

    @Test
    void differentBytesClaimingADamagedBlobsHashRepairNothing() throws IOException {
        List<String> repairs = new ArrayList<>();
        FileSystemBlobStore store = new FileSystemBlobStore(root, (sha256, found, size) -> repairs.add(sha256));
        store.put(bytes("abc"));
        Files.writeString(store.pathOf(SHA256_OF_ABC), "xyz");

        assertThatThrownBy(() -> store.put(bytes("xyz"), SHA256_OF_ABC)).isInstanceOf(DomainException.class);

        assertThat(store.pathOf(SHA256_OF_ABC)).hasContent("xyz");
        assertThat(repairs).isEmpty();
    }

    @Test
    void emptyStreamIsRefusedAndLeavesNothingBehind() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);

        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void bytesThatDoNotHashToTheClientsHashAreRefusedAndLeaveNothingBehind() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);

        assertThatThrownBy(() -> store.put(bytes("abc"), "0".repeat(64)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.EVIDENCE_HASH_MISMATCH));

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void bytesThatHashToTheClientsHashAreStored() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

        assertThat(store.put(bytes("abc"), abc).sha256()).isEqualTo(abc);
        assertThat(store.exists(abc)).isTrue();
    }

    @Test
    void successfulPutLeavesNoTempFile() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);

        store.put(bytes("abc"));

        assertThat(allFiles()).extracting(p -> p.getFileName().toString()).containsExactly(SHA256_OF_ABC);
    }

    @Test
    void streamThatBreaksMidwayLeavesNeitherBlobNorTempFile() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        InputStream breaking = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ < 10_000) {
                    return 'x';
                }
                throw new IOException("client went away");
            }
        };

        assertThatThrownBy(() -> store.put(breaking)).isInstanceOf(UncheckedIOException.class);
        assertThat(allFiles()).isEmpty();
    }

    @Test
    void halfWrittenUploadIsNeverVisibleUnderAHashName() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        byte[] content = randomBytes(256 * 1024, 7);
        InputStream stalling = new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                if (position == content.length / 2 && halfway.getCount() > 0) {
                    halfway.countDown();
                    await(resume);
                }
                return position < content.length ? content[position++] & 0xff : -1;
            }
        };
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<StoredBlob> upload = writer.submit(() -> store.put(stalling));
            assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(allFiles()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.getFileName().toString()).startsWith(FileSystemBlobStore.TEMP_PREFIX));

            resume.countDown();
            StoredBlob blob = upload.get(10, TimeUnit.SECONDS);
            assertThat(store.exists(blob.sha256())).isTrue();
            assertThat(Files.readAllBytes(store.pathOf(blob.sha256()))).isEqualTo(content);
        } finally {
            resume.countDown();
            writer.shutdownNow();
        }
    }

    @Test
    void concurrentUploadsOfTheSameContentEndAsOneIntactBlob() throws Exception {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        byte[] content = randomBytes(512 * 1024, 42);
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<StoredBlob>> uploads = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                uploads.add(pool.submit(() -> {
                    await(start);
                    return store.put(new ByteArrayInputStream(content));
                }));
            }
            start.countDown();
            Set<StoredBlob> results = new HashSet<>();
            for (Future<StoredBlob> upload : uploads) {
                results.add(upload.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).hasSize(1);
            StoredBlob blob = results.iterator().next();
            assertThat(allFiles()).containsExactly(store.pathOf(blob.sha256()));
            assertThat(Files.readAllBytes(store.pathOf(blob.sha256()))).isEqualTo(content);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void openingAnUnknownBlobIsEvidenceNotFound() {
        FileSystemBlobStore store = new FileSystemBlobStore(root);

        assertThatThrownBy(() -> store.open(SHA256_OF_ABC))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.EVIDENCE_NOT_FOUND);
    }

    @Test
    void hashesThatAreNotLowerCaseHexNeverReachTheFileSystem() throws IOException {
        FileSystemBlobStore store = new FileSystemBlobStore(root);
        Files.writeString(root.resolve("secret.txt"), "not a blob");

        assertThat(store.exists("../secret.txt")).isFalse();
        assertThat(store.exists(SHA256_OF_ABC.toUpperCase())).isFalse();
        assertThatThrownBy(() -> store.open("../secret.txt")).isInstanceOf(DomainException.class);
    }

    @Test
    void createsItsDirectoryWhenMissing() {
        Path nested = root.resolve("data").resolve("blobs");

        FileSystemBlobStore store = new FileSystemBlobStore(nested);
        store.put(bytes("abc"));

        assertThat(store.exists(SHA256_OF_ABC)).isTrue();
        assertThat(nested).isDirectory();
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
