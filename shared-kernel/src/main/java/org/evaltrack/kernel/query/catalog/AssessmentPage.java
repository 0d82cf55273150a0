package org.evaltrack.kernel.query.catalog;

import java.util.List;

import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.score.Score;

/** Answer to {@link FindAssessmentPage}: one page and the number of all assessments that match. */
public record AssessmentPage(int page, int size, long total, List<Entry> assessments) {
    public AssessmentPage {
        assessments = List.copyOf(assessments);
    }

    /** An assessment with its scheme, unit, status and totals as the totals query computes them now. */
    public record Entry(String assessmentId, String schemeId, String schemeTitle, int year, String unitId, String unitName,
                        AssessmentStatus status, Totals totals) {
    }

    /** Base (基础分), capped bonus (加分), total (总分) and whether a veto is in force (一票否决). */
    public record Totals(Score base, Score bonus, Score total, boolean vetoed) {
    }
}
