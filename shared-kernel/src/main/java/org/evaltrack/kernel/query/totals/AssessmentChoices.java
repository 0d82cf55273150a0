package org.evaltrack.kernel.query.totals;

import java.util.List;

/**
 * Answer to {@link ListAssessments}. The assessments a page offers, latest opened first.
 * A record rather than a bare list, so its element type survives serialization when queries travel
 * (Axon Server with the Jackson message serializer).
 */
public record AssessmentChoices(List<AssessmentChoice> assessments) {
    public AssessmentChoices {
        assessments = List.copyOf(assessments);
    }
}
