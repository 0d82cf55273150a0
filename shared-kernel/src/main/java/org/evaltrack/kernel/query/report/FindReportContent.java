package org.evaltrack.kernel.query.report;

import java.util.Objects;
import org.evaltrack.kernel.assessment.AssessmentId;

/**
 * The words of an assessment's report (free-text sections, each indicator's latest narrative);
 * answered with an optional {@link ReportContentView}, empty for an unknown assessment.
 */
public record FindReportContent(AssessmentId assessmentId) {
    public FindReportContent {
        Objects.requireNonNull(assessmentId, "assessmentId");
    }
}
