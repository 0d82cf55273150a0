package org.evaltrack.command.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.evaltrack.command.directory.AssessmentRegistry;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

public class InMemoryAssessmentRegistry implements AssessmentRegistry {

    private record Entry(SchemeId schemeId, UnitId unitId) {
    }

    private final Map<AssessmentId, Entry> assessments = new HashMap<>();

    public InMemoryAssessmentRegistry add(AssessmentId assessmentId, SchemeId schemeId, UnitId unitId) {
        assessments.put(assessmentId, new Entry(schemeId, unitId));
        return this;
    }

    @Override
    public Optional<AssessmentId> find(SchemeId schemeId, UnitId unitId) {
        return assessments.entrySet().stream()
                .filter(e -> e.getValue().schemeId().equals(schemeId) && e.getValue().unitId().equals(unitId))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public Optional<UnitId> unitOf(AssessmentId assessmentId) {
        return Optional.ofNullable(assessments.get(assessmentId)).map(Entry::unitId);
    }

    @Override
    public Optional<SchemeId> schemeOf(AssessmentId assessmentId) {
        return Optional.ofNullable(assessments.get(assessmentId)).map(Entry::schemeId);
    }
}
