package org.evaltrack.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.evaltrack.kernel.evidence.BlobLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceBlobReaderTest {

    /** SHA-256 of "abc". */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path root;

    @Test
    void aFileThatStillHashesToItsNameIsServedFromItsStart() throws IOException {
        store(ABC, "abc");

        EvidenceBlobReader.CheckedBlob blob = new EvidenceBlobReader(root).open(ABC);

        assertThat(blob.isIntact()).isTrue();
        try (InputStream in = blob.content()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("abc");
        }
    }

    @Test
    void aChangedFileIsCorruptedWithTheHashFound() throws IOException {
        store(ABC, "abd");

        EvidenceBlobReader.CheckedBlob blob = new EvidenceBlobReader(root).open(ABC);

        assertThat(blob.isIntact()).isFalse();
        assertThat(blob.fileMissing()).isFalse();
        assertThat(blob.foundSha256()).hasSize(64).isNotEqualTo(ABC);
    }

    @Test
    void anAbsentFileIsMissing() {
        EvidenceBlobReader.CheckedBlob blob = new EvidenceBlobReader(root).open(ABC);

        assertThat(blob.fileMissing()).isTrue();
        assertThat(blob.isIntact()).isFalse();
    }

    @Test
    void whatIsNoHashNeverBecomesAPath() throws IOException {
        Files.writeString(root.resolve("passwd"), "secret");

        assertThat(new EvidenceBlobReader(root).open("../passwd").fileMissing()).isTrue();
    }

    @Test
    void bytesSwappedInAfterTheCheckAreNotServed() throws IOException {
        store(ABC, "abc");
        EvidenceBlobReader.CheckedBlob blob = new EvidenceBlobReader(root).open(ABC);

        // a new file renamed over the old name after the check: the open file is still the checked one
        Path replacement = root.resolve("replacement");
        Files.writeString(replacement, "xyz");
        Files.move(replacement, BlobLayout.pathOf(root, ABC), StandardCopyOption.REPLACE_EXISTING);

        try (InputStream in = blob.content()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("abc");
        }
    }

    private void store(String sha256, String content) throws IOException {
        Path path = BlobLayout.pathOf(root, sha256);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
