package org.evaltrack.kernel.query;

/** Every assessment with its scheme's title and its status; answered with {@link AssessmentSummaries}. */
public record ListAssessmentSummaries() {
}
