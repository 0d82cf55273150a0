package org.evaltrack.kernel.assessment;

import org.evaltrack.kernel.score.Score;

/** The totals a unit writes in its report (基础分 / 加分 / 总分), kept as declared, right or wrong. */
public record DeclaredTotals(Score base, Score bonus, Score total) {
}
