package org.evaltrack.kernel.query.report;

import java.util.List;
import java.util.Map;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * The words of an assessment's report; numbers are not here, they come from the totals.
 *
 * @param sections   the free-text sections written so far, in {@code ReportSectionKind} order
 * @param narratives indicator code → the narrative of its latest claim (absent: none written)
 */
public record ReportContentView(
        AssessmentId assessmentId,
        UnitId unitId,
        List<ReportSectionView> sections,
        Map<String, String> narratives) {
    public ReportContentView {
        sections = sections == null ? List.of() : List.copyOf(sections);
        narratives = narratives == null ? Map.of() : Map.copyOf(narratives);
    }
}
