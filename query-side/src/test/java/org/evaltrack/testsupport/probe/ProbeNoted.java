package org.evaltrack.testsupport.probe;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.score.Score;

/** Test-only event; {@code n} tells the probe projections apart. */
@Revision("1")
public record ProbeNoted(String probeId, int n, Score score, Instant at, LocalDate day) {
}
