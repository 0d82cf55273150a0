package org.evaltrack.command.imports;

import java.util.List;
import java.util.Optional;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;

/** What the claims template needs beyond the scheme's rules: whose scheme an assessment is under, and indicator names. */
public interface ImportLookups {

    Optional<SchemeId> schemeOf(AssessmentId assessmentId);

    /** The scheme's indicators in code order (1.2.10 after 1.2.9); name null when unknown. */
    List<IndicatorOutline> indicators(SchemeId schemeId);

    record IndicatorOutline(String code, String name, String categoryCode, ScoringMode scoringMode, Score maxPoints,
                            Score floor) {
    }
}
