package org.evaltrack.kernel.assessment;

import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.unit.UnitId;

/**
 * A unit wrote one free-text section of its self-assessment report; a later one of the same kind
 * replaces it. {@code revision} counts the versions of that section, from 1.
 */
@Revision("1")
public record ReportSectionWritten(
        AssessmentId assessmentId,
        UnitId unitId,
        ReportSectionKind kind,
        String text,
        int revision) {
}
