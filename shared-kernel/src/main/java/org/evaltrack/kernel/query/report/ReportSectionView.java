package org.evaltrack.kernel.query.report;

import java.time.Instant;
import org.evaltrack.kernel.assessment.ReportSectionKind;

/** One free-text section as the unit last wrote it. */
public record ReportSectionView(ReportSectionKind kind, String text, int revision, Instant writtenAt) {
}
