package org.evaltrack.testsupport.probe;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;

/** Test-only command; note "explode" makes the in-transaction lookup handler fail. */
public record RecordProbe(@TargetAggregateIdentifier ProbeId probeId, UnitId unitId, Score score,
                          Instant at, LocalDate day, String note) {
}
