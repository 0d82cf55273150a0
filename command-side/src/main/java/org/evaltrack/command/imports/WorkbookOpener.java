package org.evaltrack.command.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;

/**
 * Opens an uploaded workbook without letting it take the server down: only XLSX, bounded in size,
 * refused when it inflates like a zip bomb, and refused before parsing when a sheet is far larger
 * than any template needs.
 */
final class WorkbookOpener {

    /** Largest a single part of the workbook (a sheet's XML) may inflate to. */
    static final long MAX_ENTRY_BYTES = 10L * 1024 * 1024;
    /** Least compressed/uncompressed ratio accepted; real workbooks stay far above it. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Rows a sheet may have at all (filled or not); the templates' own limits are lower. */
    static final int MAX_SHEET_ROWS = 10_000;
    static final int MAX_SHEETS = 20;

    static {
        // POI keeps these per JVM; this is the only reader of uploaded workbooks here
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private WorkbookOpener() {
    }

    /** @throws DomainException UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE or MALFORMED_REQUEST */
    static Workbook open(InputStream upload, long size, long maxBytes) {
        if (size > maxBytes) {
            throw new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, "workbook larger than " + maxBytes,
                    List.of("maxBytes=" + maxBytes));
        }
        try (InputStream in = new BufferedInputStream(upload)) {
            if (FileMagic.valueOf(in) != FileMagic.OOXML) {
                throw notXlsx();
            }
            Workbook workbook = new XSSFWorkbook(in);
            checkSize(workbook);
            return workbook;
        } catch (DomainException refusal) {
            throw refusal;
        } catch (IOException | RuntimeException failure) {
            if (isZipBomb(failure)) {
                throw new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, "workbook inflates beyond the limits",
                        List.of("workbook inflates beyond " + MAX_ENTRY_BYTES + " bytes per part or 1:" + (int) (1 / MIN_INFLATE_RATIO)));
            }
            throw new DomainException(ErrorCode.MALFORMED_REQUEST, "unreadable workbook",
                    List.of("file: not a readable .xlsx workbook"));
        }
    }

    private static void checkSize(Workbook workbook) throws IOException {
        if (workbook.getNumberOfSheets() > MAX_SHEETS) {
            workbook.close();
            throw new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, "too many sheets", List.of("maxSheets=" + MAX_SHEETS));
        }
        for (Sheet sheet : workbook) {
            if (sheet.getLastRowNum() >= MAX_SHEET_ROWS) {
                workbook.close();
                throw new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, "sheet too large",
                        List.of(sheet.getSheetName() + ": maxRows=" + MAX_SHEET_ROWS));
            }
        }
    }

    private static DomainException notXlsx() {
        return new DomainException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "not an xlsx workbook",
                List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static boolean isZipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("max size of the expanded data"))) {
                return true;
            }
        }
        return false;
    }
}
