package org.evaltrack.query.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report as PDF (PDFBox). The CJK TrueType font is embedded as a subset with a ToUnicode map, so the
 * text renders anywhere and can be selected and searched. Lines break between CJK characters and at
 * spaces of Latin text; no line begins with a closing mark (，。、；：？！）》」), as Chinese typesetting requires.
 */
public final class PdfReport {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 10.5f;

    private final PDDocument document;
    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    private PdfReport(PDDocument document, PDType0Font font) {
        this.document = document;
        this.font = font;
    }

    public static byte[] render(List<ReportBlock> blocks, Path fontFile, String title) {
        try (PDDocument document = new PDDocument()) {
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            TrueTypeCollection collection = null;
            TrueTypeFont ttf;
            if (CjkFont.isCollection(fontFile)) {
                collection = new TrueTypeCollection(fontFile.toFile());
                collection.processAllFonts(f -> first.compareAndSet(null, f));
                ttf = first.get();
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(fontFile.toFile()));
            }
            try {
                PdfReport report = new PdfReport(document, PDType0Font.load(document, ttf, true));
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(title);
                info.setCreator("Evaltrack");
                report.write(blocks);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                // the subset is built from the glyphs used, which is why the font must stay open until here
                document.save(out);
                return out.toByteArray();
            } finally {
                if (collection != null) {
                    collection.close();
                } else {
                    ttf.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(List<ReportBlock> blocks) throws IOException {
        newPage();
        for (ReportBlock block : blocks) {
            if (block instanceof ReportBlock.Title title) {
                y -= 8;
                for (String line : wrap(title.text(), 18, WIDTH)) {
                    float width = width(line, 18);
                    text(line, MARGIN + (WIDTH - width) / 2, 18);
                }
                y -= 10;
            } else if (block instanceof ReportBlock.Heading heading) {
                float size = heading.level() == 1 ? 14 : heading.level() == 2 ? 12 : 11;
                y -= heading.level() == 3 ? 4 : 8;
                for (String line : wrap(heading.text(), size, WIDTH)) {
                    text(line, MARGIN, size);
                }
            } else if (block instanceof ReportBlock.Paragraph paragraph) {
                List<String> lines = wrap(paragraph.text(), BODY, WIDTH - 2 * BODY);
                for (int i = 0; i < lines.size(); i++) {
                    text(lines.get(i), MARGIN + (i == 0 ? 2 * BODY : 0), BODY);
                }
            } else if (block instanceof ReportBlock.Table table) {
                table(table);
            }
        }
        page.close();
    }

    private void table(ReportBlock.Table table) throws IOException {
        int columns = table.rows().get(0).size();
        float first = WIDTH * 0.34f;
        float rest = (WIDTH - first) / (columns - 1);
        y -= 4;
        for (List<String> row : table.rows()) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns; c++) {
                List<String> lines = wrap(row.get(c), BODY, (c == 0 ? first : rest) - 6);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int l = 0; l < height; l++) {
                lineBreak(BODY);
                float x = MARGIN;
                for (int c = 0; c < columns; c++) {
                    if (l < cells.get(c).size()) {
                        show(cells.get(c).get(l), x, BODY);
                    }
                    x += c == 0 ? first : rest;
                }
            }
        }
        y -= 4;
    }

    private void text(String line, float x, float size) throws IOException {
        lineBreak(size);
        show(line, x, size);
    }

    private void show(String line, float x, float size) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(line);
        page.endText();
    }

    private void lineBreak(float size) throws IOException {
        float leading = size * 1.55f;
        if (y - leading < MARGIN) {
            page.close();
            newPage();
        }
        y -= leading;
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Breaks between CJK characters anywhere and between Latin words at spaces; a word too long is cut. */
    private List<String> wrap(String raw, float size, float maxWidth) throws IOException {
        String text = printable(raw);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            String candidate = line + token;
            if (width(candidate, size) <= maxWidth) {
                line.append(token);
                continue;
            }
            if (!line.isEmpty()) {
                // kinsoku: a closing mark may not begin a line, so the character before it moves down with it
                String carried = startsWithClosingMark(token) ? carriedDown(line) : "";
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(carried);
                if (!carried.isEmpty()) {
                    line.append(token);
                    continue;
                }
            }
            String rest = token.stripLeading();
            while (width(rest, size) > maxWidth) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), size) > maxWidth) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Punctuation that closes or ends a clause (，。、；：？！）》」 and their kin): never the first character of a line. */
    static final String CLOSING_MARKS = "，。、；：？！）》」』】〕〉”’";

    private static boolean startsWithClosingMark(String token) {
        return !token.isEmpty() && CLOSING_MARKS.indexOf(token.codePointAt(0)) >= 0;
    }

    /**
     * Takes from the end of a full line what must move down to the next one with a closing mark: its last
     * character and, where that is itself a closing mark (“。）”), the ones before it; never the whole line.
     */
    private static String carriedDown(StringBuilder line) {
        while (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
            line.setLength(line.length() - 1);
        }
        int end = line.length();
        int start = end;
        while (start > 0) {
            int cp = line.codePointBefore(start);
            start -= Character.charCount(cp);
            if (CLOSING_MARKS.indexOf(cp) < 0 || start == 0) {
                break;
            }
        }
        if (start == 0) {
            return "";
        }
        String carried = line.substring(start, end);
        line.setLength(start);
        return carried;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean wide = Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
            if (wide || cp == ' ') {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    /** Control characters become spaces and characters the font lacks become '?', rather than failing the document. */
    private String printable(String raw) {
        StringBuilder out = new StringBuilder();
        raw.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
