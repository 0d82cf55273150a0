package org.evaltrack.command.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceMediaTypesTest {

    private final EvidenceMediaTypes defaults = new EvidenceMediaTypes(List.of());

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/png", "image/jpeg", "text/plain",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"})
    void acceptsTheDefaultKindsOfEvidence(String type) {
        assertThat(defaults.resolve(type, "evidence")).isEqualTo(type);
    }

    @Test
    void recordsTheTypeWithoutParametersAndInLowerCase() {
        assertThat(defaults.resolve("Text/Plain; charset=UTF-8", "notes.txt")).isEqualTo("text/plain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "application/zip", "application/x-msdownload", "image/svg+xml"})
    void refusesOtherTypes(String type) {
        assertUnsupported(() -> defaults.resolve(type, "evidence.pdf"));
    }

    @Test
    void octetStreamFallsBackToTheExtension() {
        assertThat(defaults.resolve("application/octet-stream", "台账.XLSX"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void missingTypeFallsBackToTheExtension() {
        assertThat(defaults.resolve(null, "photo.jpg")).isEqualTo("image/jpeg");
    }

    @Test
    void octetStreamWithAnUnknownExtensionIsRefused() {
        assertUnsupported(() -> defaults.resolve("application/octet-stream", "setup.exe"));
    }

    @Test
    void aConfiguredListReplacesTheDefaults() {
        EvidenceMediaTypes onlyPng = new EvidenceMediaTypes(List.of("image/png"));

        assertThat(onlyPng.resolve("image/png", "a.png")).isEqualTo("image/png");
        assertUnsupported(() -> onlyPng.resolve("application/pdf", "a.pdf"));
    }

    @Test
    void anEmptyConfiguredValueMeansTheDefaultsNotNothing() {
        EvidenceMediaTypes blank = new EvidenceMediaTypes(List.of(""));

        assertThat(blank.allowed()).containsExactlyInAnyOrderElementsOf(EvidenceMediaTypes.DEFAULT_ALLOWED);
    }

    private static void assertUnsupported(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }
}
