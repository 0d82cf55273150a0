package org.evaltrack.command.directory;

import java.util.Optional;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

/** Set-based lookup: which assessment a unit already has under a scheme, and whose an assessment is. */
public interface AssessmentRegistry {

    Optional<AssessmentId> find(SchemeId schemeId, UnitId unitId);

    Optional<UnitId> unitOf(AssessmentId assessmentId);

    /** The scheme an assessment is judged by, for checks against the scheme's indicators. */
    Optional<SchemeId> schemeOf(AssessmentId assessmentId);
}
