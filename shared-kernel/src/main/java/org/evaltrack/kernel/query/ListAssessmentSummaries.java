package org.evaltrack.kernel.query;

/** Every assessment with its scheme's title and its status; answered with a list of {@link AssessmentSummary}. */
public record ListAssessmentSummaries() {
}
