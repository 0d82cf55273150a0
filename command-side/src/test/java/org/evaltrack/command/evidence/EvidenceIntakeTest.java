package org.evaltrack.command.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

class EvidenceIntakeTest {

    @TempDir
    Path root;

    private FileSystemBlobStore store;
    private EvidenceIntake intake;

    @BeforeEach
    void setUp() {
        store = new FileSystemBlobStore(root);
        intake = new EvidenceIntake(store, new EvidenceMediaTypes(List.of()), DataSize.ofBytes(1024));
    }

    @Test
    void storesTheBytesAndReportsNameTypeSizeAndHash() {
        byte[] content = "扶贫台账".getBytes(StandardCharsets.UTF_8);

        StoredEvidenceFile stored = intake.accept(new MockMultipartFile("file", " 扶贫台账.txt ", "text/plain;charset=UTF-8", content));

        assertThat(stored.fileName()).isEqualTo("扶贫台账.txt");
        assertThat(stored.mediaType()).isEqualTo("text/plain");
        assertThat(stored.sizeBytes()).isEqualTo(content.length);
        assertThat(store.exists(stored.sha256())).isTrue();
    }

    @Test
    void fileOverTheLimitIsPayloadTooLargeAndNotStored() throws IOException {
        MockMultipartFile big = new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[1025]);

        assertRefusedWith(big, ErrorCode.PAYLOAD_TOO_LARGE);
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        MockMultipartFile empty = new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]);

        assertRefusedWith(empty, ErrorCode.VALIDATION_FAILED);
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void disallowedTypeIsRefusedBeforeAnythingIsStored() throws IOException {
        MockMultipartFile html = new MockMultipartFile("file", "page.html", "text/html", "<p>hi</p>".getBytes(StandardCharsets.UTF_8));

        assertRefusedWith(html, ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void nameWithAPathIsRefusedBeforeAnythingIsStored() throws IOException {
        MockMultipartFile sneaky = new MockMultipartFile("file", "../../report.pdf", "application/pdf", new byte[] {1});

        assertRefusedWith(sneaky, ErrorCode.VALIDATION_FAILED);
        assertThat(storedFiles()).isEmpty();
    }

    private void assertRefusedWith(MockMultipartFile file, ErrorCode code) {
        assertThatThrownBy(() -> intake.accept(file))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(code);
    }

    private List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
