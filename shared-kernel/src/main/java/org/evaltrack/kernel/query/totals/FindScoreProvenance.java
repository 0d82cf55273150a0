package org.evaltrack.kernel.query.totals;

import java.time.Instant;
import java.util.Objects;

import org.evaltrack.kernel.assessment.AssessmentId;

/**
 * The events behind one figure of an assessment's totals (得分反查); answered with an optional
 * {@link ProvenanceView}, empty when the assessment is unknown or not yet opened at {@code asOf}.
 *
 * @param code the category or indicator code for {@link ScorePart#CATEGORY} and {@link ScorePart#INDICATOR}; null otherwise
 * @param asOf answer with what was known at this instant; null: now
 */
public record FindScoreProvenance(AssessmentId assessmentId, ScorePart part, String code, Instant asOf) {
    public FindScoreProvenance {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(part, "part");
        if ((part == ScorePart.CATEGORY || part == ScorePart.INDICATOR) == (code == null || code.isBlank())) {
            throw new IllegalArgumentException("a code is needed for categories and indicators, and only for them");
        }
    }
}
