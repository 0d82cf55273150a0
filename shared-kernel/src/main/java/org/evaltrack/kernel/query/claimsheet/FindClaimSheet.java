package org.evaltrack.kernel.query.claimsheet;

import java.util.Objects;

import org.evaltrack.kernel.assessment.AssessmentId;

/** What the unit wrote and attached for one assessment; answered with an optional {@link ClaimSheetView} (empty: unknown). */
public record FindClaimSheet(AssessmentId assessmentId) {
    public FindClaimSheet {
        Objects.requireNonNull(assessmentId, "assessmentId");
    }
}
