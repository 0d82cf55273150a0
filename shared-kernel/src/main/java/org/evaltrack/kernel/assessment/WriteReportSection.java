package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.limit.TextFault;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextNotAcceptedException;
import org.evaltrack.kernel.limit.TextRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Write (or rewrite) one free-text section of the unit's self-assessment report. */
public record WriteReportSection(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        ReportSectionKind kind,
        String text) {
    public WriteReportSection {
        // characters only: the assessment itself refuses a section that is too long (REPORT_SECTION_TOO_LONG)
        TextRule.fault(text, TextLimit.NARRATIVE).filter(fault -> fault != TextFault.TOO_LONG).ifPresent(fault -> {
            throw new TextNotAcceptedException("text", TextLimit.NARRATIVE, fault, TextRule.excerpt(text));
        });
    }
}
