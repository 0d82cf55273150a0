package org.evaltrack.command.assessment;

/** Answer to a change of an existing assessment. */
public record AssessmentChangedResponse(String assessmentId) {
}
