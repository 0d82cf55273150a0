package org.evaltrack.kernel.scheme;

import org.axonframework.serialization.Revision;
import org.evaltrack.kernel.score.Score;

/** A published indicator's maximum or floor was revised, with before and after values. */
@Revision("1")
public record IndicatorRevised(
        SchemeId schemeId,
        String categoryCode,
        String indicatorCode,
        Score previousMaxPoints,
        Score maxPoints,
        Score previousFloor,
        Score floor,
        String reason) {
}
