package org.evaltrack.query.web.audittrail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.trail.LinkedEvidence;
import org.evaltrack.kernel.query.trail.TrailEntryView;
import org.springframework.stereotype.Component;

/** How the trail page names each piece of evidence its rows refer to. */
@Component
class EvidenceReferences {

    /** By evidence id, each once. */
    Map<String, EvidenceReference> of(AssessmentId assessment, List<TrailEntryView> rows) {
        Map<String, EvidenceReference> found = new LinkedHashMap<>();
        for (TrailEntryView row : rows) {
            for (LinkedEvidence linked : row.linkedEvidence()) {
                found.computeIfAbsent(linked.evidenceId(), id -> new EvidenceReference(id, linked.fileName(), null, null));
            }
        }
        return found;
    }

    /**
     * @param sha256 the file's SHA-256 where known; null otherwise
     * @param href   where the reader downloads the file; null where there is no download
     */
    record EvidenceReference(String evidenceId, String fileName, String sha256, String href) {
    }
}
