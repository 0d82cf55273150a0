package org.evaltrack.kernel.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Write (or rewrite) one free-text section of the unit's self-assessment report. */
public record WriteReportSection(
        @TargetAggregateIdentifier AssessmentId assessmentId,
        ReportSectionKind kind,
        String text) {
}
