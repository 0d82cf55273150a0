package org.evaltrack.query.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The report as a Word document (Apache POI XWPF); headings are bold runs so any word processor shows them alike. */
public final class DocxReport {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String EAST_ASIAN_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";

    private DocxReport() {
    }

    public static byte[] render(List<ReportBlock> blocks) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (ReportBlock block : blocks) {
                if (block instanceof ReportBlock.Title title) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setAlignment(ParagraphAlignment.CENTER);
                    paragraph.setStyle("Title");
                    run(paragraph, title.text(), 18, true, HEADING_FONT);
                } else if (block instanceof ReportBlock.Heading heading) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setStyle("Heading" + heading.level());
                    paragraph.setSpacingBefore(120);
                    run(paragraph, heading.text(), heading.level() == 1 ? 14 : heading.level() == 2 ? 12 : 11,
                            true, heading.level() == 3 ? EAST_ASIAN_FONT : HEADING_FONT);
                } else if (block instanceof ReportBlock.Paragraph text) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setFirstLineIndent(420);
                    run(paragraph, text.text(), 10.5, false, EAST_ASIAN_FONT);
                } else if (block instanceof ReportBlock.Table table) {
                    table(document, table);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument document, ReportBlock.Table table) {
        List<List<String>> rows = table.rows();
        XWPFTable grid = document.createTable(rows.size(), rows.get(0).size());
        grid.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = grid.getRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                XWPFParagraph paragraph = row.getCell(c).getParagraphs().get(0);
                run(paragraph, rows.get(r).get(c), 10.5, r == 0, EAST_ASIAN_FONT);
            }
        }
    }

    private static void run(XWPFParagraph paragraph, String text, double size, boolean bold, String eastAsianFont) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(eastAsianFont, XWPFRun.FontCharRange.eastAsia);
    }
}
