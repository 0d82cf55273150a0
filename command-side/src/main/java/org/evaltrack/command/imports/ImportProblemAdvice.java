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
@RestControllerAdvice(assignableTypes = ImportController.class)
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
        ErrorCode code = rejection.refusal() == null ? ErrorCode.IMPORT_INVALID : rejection.refusal();
        ProblemSpec spec = ProblemSpec.of(code, List.of(rejection.problems().size() + " problem(s)"));
        Problem problem = problems.create(spec, request);
        List<ImportProblem.Entry> entries = rejection.problems().stream()
                .map(p -> new ImportProblem.Entry(p.sheet(), p.row(), p.column(), p.cell(), p.code(), p.value(),
                        new ImportProblem.Message(text(p.code(), ErrorLanguage.DEFAULT), text(p.code(), ENGLISH))))
                .toList();
        return ResponseEntity.status(spec.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, ErrorLocales.resolve(request).toLanguageTag())
                .body(new ImportProblem(problem.type(), problem.title(), problem.status(), problem.detail(), problem.instance(),
                        problem.code(), problem.details(), entries));
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
                                List<String> details, List<Entry> problems) {

        /** @param row 0 when the problem is the whole sheet's */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Entry(String sheet, int row, String column, String cell, String code, String value, Message message) {
        }

        public record Message(String zh, String en) {
        }
    }
}
