package org.evaltrack.kernel.query;

import java.util.List;

/**
 * Answer to {@link ListAssessmentSummaries}. Every assessment, newest year first, then by unit name.
 * A record rather than a bare list, so its element type survives serialization when queries travel
 * (Axon Server with the Jackson message serializer).
 */
public record AssessmentSummaries(List<AssessmentSummary> assessments) {
    public AssessmentSummaries {
        assessments = List.copyOf(assessments);
    }
}
