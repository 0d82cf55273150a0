package org.evaltrack.benchmarks.generator;

import java.time.Instant;

/** One generated assessment, with what the query runners ask about it: an indicator, a leader, an instant halfway through. */
public record GeneratedAssessment(String assessmentId, String schemeId, String unitId, String indicatorCode,
                                  String leaderId, Instant midpoint) {
}
