package org.evaltrack.benchmarks.generator;

import java.util.List;

/** What {@link EventGenerator} wrote: the shape, the event count, the schemes and the assessments. */
public record GeneratedData(DataShape shape, long events, List<String> schemeIds, List<GeneratedAssessment> assessments) {
}
