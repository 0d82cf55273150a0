package org.evaltrack.testsupport.probe;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;

/** Test-only event: a record with the value types real events carry. */
@Revision("1")
public record ProbeRecorded(ProbeId probeId, UnitId unitId, Score score, Instant at, LocalDate day,
                            String note, int ordinal) {
}
