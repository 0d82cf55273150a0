package org.evaltrack.kernel.query.trail;

import java.util.Objects;

import org.evaltrack.kernel.assessment.AssessmentId;

/** The audit trail of one assessment; answered with an optional {@link TrailPage} (empty: unknown assessment). */
public record FindAssessmentTrail(AssessmentId assessmentId, TrailFilter filter, TrailPaging paging) {
    public FindAssessmentTrail {
        Objects.requireNonNull(assessmentId, "assessmentId");
        filter = filter == null ? TrailFilter.none() : filter;
        paging = paging == null ? TrailPaging.first(TrailOrder.NEWEST_FIRST) : paging;
    }
}
