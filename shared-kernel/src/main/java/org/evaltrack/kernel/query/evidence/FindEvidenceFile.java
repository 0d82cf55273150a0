package org.evaltrack.kernel.query.evidence;

import java.util.Objects;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceId;

/** What is known of one piece of evidence and its file; answered with an optional {@link EvidenceFileView}. */
public record FindEvidenceFile(AssessmentId assessmentId, EvidenceId evidenceId) {
    public FindEvidenceFile {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(evidenceId, "evidenceId");
    }
}
