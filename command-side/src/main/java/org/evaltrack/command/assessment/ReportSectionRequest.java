package org.evaltrack.command.assessment;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.ReportSectionKind;
import org.evaltrack.kernel.assessment.WriteReportSection;

/** The text of one report section; blank and length are judged by the assessment, which names its own refusals. */
public record ReportSectionRequest(String text) {

    WriteReportSection toCommand(AssessmentId assessmentId, ReportSectionKind kind) {
        return new WriteReportSection(assessmentId, kind, text);
    }
}
