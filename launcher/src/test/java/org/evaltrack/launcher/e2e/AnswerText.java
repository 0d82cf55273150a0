package org.evaltrack.launcher.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text a downloaded answer shows a reader. XLSX and DOCX are zip archives and PDF streams are
 * compressed, so searching their raw bytes for a name would find nothing even when the name is there.
 */
final class AnswerText {

    private AnswerText() {
    }

    static String of(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/vnd.openxmlformats-officedocument.")) {
            return xmlParts(body);
        }
        if (type.startsWith("application/pdf")) {
            return pdf(body);
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Every XML part of an Office Open XML package: cells, shared strings, sheet names, document body. */
    private static String xmlParts(byte[] body) {
        StringBuilder text = new StringBuilder();
        try {
            // read through the central directory: streamed entries written with data descriptors defeat ZipInputStream
            Path file = Files.createTempFile("evaltrack-answer", ".zip");
            try {
                Files.write(file, body);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        if (entry.getName().endsWith(".xml")) {
                            try (InputStream in = zip.getInputStream(entry)) {
                                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                            }
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.isEmpty()) {
            throw new IllegalStateException("an Office answer without XML parts (" + body.length + " bytes)");
        }
        return text.toString();
    }

    private static String pdf(byte[] body) {
        try (PDDocument document = Loader.loadPDF(body)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
