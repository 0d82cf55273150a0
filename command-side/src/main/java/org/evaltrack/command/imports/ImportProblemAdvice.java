package org.evaltrack.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.evaltrack.command.web.ErrorLocales;
import org.evaltrack.command.web.Problem;
import org.evaltrack.command.web.ProblemFactory;
import org.evaltrack.command.web.ProblemSpec;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.error.ErrorLanguage;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A rejected workbook as problem+json: the usual problem fields plus {@code problems}, one entry per
 * sheet, row and cell, each in Chinese and English, so the office can fix the workbook in one go.
 */
@RestControllerAdvice(assignableTypes = {ImportController.class, ClaimsBatchController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ImportProblemAdvice {

    private static final Locale ENGLISH = Locale.ENGLISH;

    private final ProblemFactory problems;
    private final MessageSource messages;

    public ImportProblemAdvice(ProblemFactory problems, @Qualifier("errorMessageSource") MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(ImportRejected.class)
    public ResponseEntity<ImportProblem> rejected(ImportRejected rejection, HttpServletRequest request) {
        boolean batch = !request.getRequestURI().startsWith("/api/imports/");
        ErrorCode code = rejection.refusal() != null ? rejection.refusal()
                : batch ? ErrorCode.BATCH_INVALID : ErrorCode.IMPORT_INVALID;
        ProblemSpec spec = ProblemSpec.of(code, List.of(rejection.problems().size() + " problem(s)"));
        Problem problem = problems.create(spec, request);
        List<ImportProblem.Entry> entries = rejection.problems().stream()
                .map(p -> batch ? batchEntry(p) : new ImportProblem.Entry(p.sheet(), null, p.row(), p.column(), null,
                        p.cell(), p.code(), p.indicator(), p.value(), p.allowed(), message(p.code())))
                .toList();
        return ResponseEntity.status(spec.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, ErrorLocales.resolve(request).toLanguageTag())
                .body(new ImportProblem(problem.type(), problem.title(), problem.status(), problem.detail(), problem.instance(),
                        problem.code(), problem.details(), entries));
    }

    /** A JSON batch's row is named by its list and field, not by a sheet and cell. */
    private ImportProblem.Entry batchEntry(RowProblem p) {
        return new ImportProblem.Entry(null, ClaimsBatch.listOf(p.sheet()), p.row(), null, p.field(), null, p.code(),
                p.indicator(), p.value(), p.allowed(), message(p.code()));
    }

    private ImportProblem.Message message(String code) {
        return new ImportProblem.Message(text(code, ErrorLanguage.DEFAULT), text(code, ENGLISH));
    }

    /** Workbook checks are worded under import.*, a command's refusal by its error code's detail. */
    private String text(String code, Locale locale) {
        String key = isWorkbookCheck(code) ? "import." + code : code + ".detail";
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException missing) {
            return code;
        }
    }

    private static boolean isWorkbookCheck(String code) {
        for (ImportProblemCode candidate : ImportProblemCode.values()) {
            if (candidate.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** {@link Problem}'s fields and the problems of the workbook. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportProblem(String type, String title, int status, String detail, String instance, String code,
                                List<Object> details, List<Entry> problems) {

        /**
         * @param sheet     the workbook's sheet; {@code list} instead for a JSON batch ("claims", "bonusClaims")
         * @param row       0 when the problem is the whole sheet's; in a batch the position in the list, from 1
         * @param column    the workbook's column header; {@code field} instead for a JSON batch
         * @param indicator the indicator the row claims, when the problem concerns one
         * @param allowed   what the rule allows (e.g. "0.00 ~ 2.00", the scheme's bonus levels)
         */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Entry(String sheet, String list, int row, String column, String field, String cell, String code,
                            String indicator, String value, String allowed, Message message) {
        }

        public record Message(String zh, String en) {
        }
    }
}
