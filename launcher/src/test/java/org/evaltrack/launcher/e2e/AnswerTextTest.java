package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The access matrix looks for another unit's names in what an answer shows its reader; in spreadsheets, Word
 * files and PDFs the names are compressed, so a search of the raw bytes would pass whatever they hold.
 */
class AnswerTextTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void aSpreadsheetCellIsFoundThoughTheRawBytesHideIt() throws IOException {
        byte[] xlsx;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("排名").createRow(0).createCell(0).setCellValue("东山乡 unit-dongshan");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        assertThat(new String(xlsx, StandardCharsets.UTF_8)).doesNotContain("东山").doesNotContain("unit-dongshan");
        assertThat(AnswerText.of(XLSX, xlsx)).contains("东山乡 unit-dongshan");
    }

    @Test
    void aWordDocumentsTextIsFoundThoughTheRawBytesHideIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document><w:body><w:p><w:r><w:t>东山乡自查自评报告</w:t></w:r></w:p></w:body></w:document>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] docx = out.toByteArray();

        assertThat(new String(docx, StandardCharsets.UTF_8)).doesNotContain("东山");
        assertThat(AnswerText.of(DOCX, docx)).contains("东山乡自查自评报告");
    }

    @Test
    void aPdfsTextIsFoundThoughItsStreamIsCompressed() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("assessment-2019-dongshan");
                content.endText();
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("dongshan");
        assertThat(AnswerText.of("application/pdf", pdf)).contains("assessment-2019-dongshan");
    }

    @Test
    void aJsonAnswerIsReadAsItIs() {
        assertThat(AnswerText.of("application/json", "{\"unitId\":\"unit-dongshan\"}".getBytes(StandardCharsets.UTF_8)))
                .contains("unit-dongshan");
    }
}
