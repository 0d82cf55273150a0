package org.evaltrack.command.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceFileNameTest {

    @Test
    void keepsAChineseNameAsItIs() {
        assertThat(EvidenceFileName.sanitize("东山侗族乡2019年自查自评报告.docx")).isEqualTo("东山侗族乡2019年自查自评报告.docx");
    }

    @Test
    void stripsSurroundingBlanks() {
        assertThat(EvidenceFileName.sanitize("  report.pdf \t")).isEqualTo("report.pdf");
    }

    @Test
    void composesDecomposedCharacters() {
        String decomposed = Normalizer.normalize("café.pdf", Normalizer.Form.NFD);

        assertThat(EvidenceFileName.sanitize(decomposed)).isEqualTo("café.pdf").hasSize(8);
    }

    @Test
    void acceptsExactlyTheMaximumLength() {
        String name = "表".repeat(EvidenceFileName.MAX_LENGTH - 4) + ".pdf";

        assertThat(EvidenceFileName.sanitize(name)).isEqualTo(name);
    }

    @Test
    void refusesOneCharacterMoreThanTheMaximum() {
        String name = "表".repeat(EvidenceFileName.MAX_LENGTH - 3) + ".pdf";

        assertRefused(name, ErrorCode.TEXT_NOT_ACCEPTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.pdf\r\n", "report\r\n.pdf", "x\ud800y.pdf"})
    void refusesLineBreaksEvenAtTheEndAndBrokenCharacters(String name) {
        assertRefused(name, ErrorCode.TEXT_NOT_ACCEPTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "reports/2019.pdf", "C:\\Users\\hls\\report.pdf", "..\\boot.ini"})
    void refusesPathSeparators(String name) {
        assertRefused(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report\n.pdf", "report\u0000.pdf", "report\u001b[31m.pdf", "report\u007f.pdf"})
    void refusesControlCharacters(String name) {
        assertRefused(name, ErrorCode.TEXT_NOT_ACCEPTED);
    }

    @Test
    void refusesRightToLeftOverrideThatDisguisesTheExtension() {
        assertRefused("invoice\u202Efdp.exe");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", " .. "})
    void refusesDotNames(String name) {
        assertRefused(name);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesMissingNames(String name) {
        assertRefused(name);
    }

    private static void assertRefused(String name) {
        assertRefused(name, ErrorCode.VALIDATION_FAILED);
    }

    private static void assertRefused(String name, ErrorCode code) {
        assertThatThrownBy(() -> EvidenceFileName.sanitize(name))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(code);
    }
}
