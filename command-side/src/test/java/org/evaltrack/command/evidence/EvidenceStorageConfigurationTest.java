package org.evaltrack.command.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.web.MockMultipartFile;

class EvidenceStorageConfigurationTest {

    @TempDir
    Path dir;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(EvidenceStorageConfiguration.class);

    @Test
    void blobsGoToTheConfiguredDirectory() {
        context.withPropertyValues("evaltrack.blobs.dir=" + dir.resolve("blobs"))
                .run(ctx -> assertThat(((FileSystemBlobStore) ctx.getBean(BlobStore.class)).root())
                        .isEqualTo(dir.resolve("blobs").toAbsolutePath()));
    }

    @Test
    void allowListComesFromItsProperty() {
        context.withPropertyValues("evaltrack.blobs.dir=" + dir, "evaltrack.evidence.allowed-media-types=image/png, image/jpeg")
                .run(ctx -> assertThat(ctx.getBean(EvidenceMediaTypes.class).allowed())
                        .containsExactlyInAnyOrder("image/png", "image/jpeg"));
    }

    @Test
    void withoutTheAllowListPropertyTheDefaultsApply() {
        context.withPropertyValues("evaltrack.blobs.dir=" + dir)
                .run(ctx -> assertThat(ctx.getBean(EvidenceMediaTypes.class).allowed())
                        .containsExactlyInAnyOrderElementsOf(EvidenceMediaTypes.DEFAULT_ALLOWED));
    }

    @Test
    void sizeLimitFollowsTheMultipartSetting() {
        context.withPropertyValues("evaltrack.blobs.dir=" + dir, "spring.servlet.multipart.max-file-size=10B")
                .run(ctx -> assertThatThrownBy(() -> ctx.getBean(EvidenceIntake.class)
                        .accept(new MockMultipartFile("file", "a.txt", "text/plain", new byte[11])))
                        .isInstanceOf(DomainException.class)
                        .extracting(e -> ((DomainException) e).code())
                        .isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE));
    }
}
