package org.evaltrack.kernel.query;

/** An assessment as the set-up lists it; {@code status} is an {@code AssessmentStatus} name. */
public record AssessmentSummary(String assessmentId, String schemeId, String schemeTitle, String unitId, String unitName,
                                String status) {
}
