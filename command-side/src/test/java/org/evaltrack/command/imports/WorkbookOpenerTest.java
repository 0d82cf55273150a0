package org.evaltrack.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;

class WorkbookOpenerTest {

    private static final long LIMIT = 2L * 1024 * 1024;

    @Test
    void theTemplateOpens() throws IOException {
        byte[] template = Workbooks.bytes(Workbooks.scheme(Workbooks.validScheme()));
        try (Workbook workbook = WorkbookOpener.open(new ByteArrayInputStream(template), template.length, LIMIT)) {
            assertThat(workbook.getSheet(SchemeTemplate.INDICATORS.name())).isNotNull();
        }
    }

    @Test
    void somethingOtherThanXlsxIsAnUnsupportedMediaType() {
        byte[] csv = "年度,方案名称\n2019,测试\n".getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(csv)).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void aZipThatIsNoWorkbookIsMalformed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("不是工作簿".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(refusal(out.toByteArray())).isEqualTo(ErrorCode.MALFORMED_REQUEST);
    }

    @Test
    void aWorkbookCutShortIsMalformed() {
        byte[] template = Workbooks.bytes(Workbooks.scheme(Workbooks.validScheme()));

        assertThat(refusal(Arrays.copyOf(template, template.length / 2))).isEqualTo(ErrorCode.MALFORMED_REQUEST);
    }

    @Test
    void aSheetThatInflatesLikeAZipBombIsTooLarge() throws IOException {
        byte[] bomb = withSheetPadded(Workbooks.bytes(Workbooks.scheme(Workbooks.validScheme())), 40 * 1024 * 1024);
        assertThat(bomb.length).isLessThan((int) LIMIT);

        assertThat(refusal(bomb)).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
    }

    @Test
    void aSheetWithMoreRowsThanAnyTemplateIsTooLargeBeforeItIsParsed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(SchemeTemplate.INDICATORS.name());
            for (int r = 0; r <= WorkbookOpener.MAX_SHEET_ROWS; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            workbook.write(out);
        }

        assertThat(refusal(out.toByteArray())).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedUnread() {
        assertThat(refusal(new byte[0], LIMIT + 1)).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
    }

    private static ErrorCode refusal(byte[] bytes) {
        return refusal(bytes, bytes.length);
    }

    private static ErrorCode refusal(byte[] bytes, long declaredSize) {
        DomainException refusal = catchThrowableOfType(DomainException.class,
                () -> WorkbookOpener.open(new ByteArrayInputStream(bytes), declaredSize, LIMIT).close());
        assertThat(refusal).as("the upload must be refused").isNotNull();
        return refusal.code();
    }

    /** The same workbook with whitespace appended inside its first sheet's XML: tiny compressed, huge inflated. */
    private static byte[] withSheetPadded(byte[] xlsx, int padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < padding / spaces.length; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
