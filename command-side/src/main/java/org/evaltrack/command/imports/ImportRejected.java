package org.evaltrack.command.imports;

import java.util.List;
import org.evaltrack.kernel.error.ErrorCode;

/**
 * The workbook has problems; nothing was stored. Answered as 422 listing each one, or, when a
 * command was refused while the import ran, with that refusal's own status and the row it came from.
 */
final class ImportRejected extends RuntimeException {

    private final transient List<RowProblem> problems;
    private final ErrorCode refusal;

    ImportRejected(List<RowProblem> problems) {
        this(problems, null);
    }

    ImportRejected(List<RowProblem> problems, ErrorCode refusal) {
        super(problems.size() + " problem(s) in the workbook", null, false, false);
        this.problems = List.copyOf(problems);
        this.refusal = refusal;
    }

    List<RowProblem> problems() {
        return problems;
    }

    /** The domain's code when a command refused a row; null when the workbook's own checks failed. */
    ErrorCode refusal() {
        return refusal;
    }
}
