package org.evaltrack.query.web.audittrail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.query.evidence.EvidenceFileView;
import org.evaltrack.kernel.query.evidence.FindEvidenceFile;
import org.evaltrack.kernel.query.trail.LinkedEvidence;
import org.evaltrack.kernel.query.trail.TrailEntryView;
import org.springframework.stereotype.Component;

/**
 * How the trail page names each piece of evidence its rows refer to: file name, SHA-256 and the
 * download (which re-checks the hash) where the evidence read model knows the file.
 */
@Component
public class EvidenceReferences {

    private final QueryGateway queries;

    EvidenceReferences(QueryGateway queries) {
        this.queries = queries;
    }

    /** By evidence id, each once. */
    Map<String, EvidenceReference> of(AssessmentId assessment, List<TrailEntryView> rows) {
        Map<String, EvidenceReference> found = new LinkedHashMap<>();
        for (TrailEntryView row : rows) {
            for (LinkedEvidence linked : row.linkedEvidence()) {
                found.computeIfAbsent(linked.evidenceId(), id -> describe(assessment, id, linked.fileName()));
            }
        }
        return found;
    }

    /** One piece of evidence as the trail names it (the drill-down pages link it the same way). */
    public EvidenceReference describe(AssessmentId assessment, String evidenceId, String fileName) {
        Optional<EvidenceFileView> file = queries
                .query(new FindEvidenceFile(assessment, EvidenceId.of(evidenceId)), ResponseTypes.optionalInstanceOf(EvidenceFileView.class))
                .join();
        return file.map(view -> new EvidenceReference(evidenceId, fileName, view.sha256(),
                        "/api/assessments/" + assessment.value() + "/evidence/" + evidenceId + "/content"))
                .orElseGet(() -> new EvidenceReference(evidenceId, fileName, null, null));
    }

    /**
     * @param sha256 the file's SHA-256 where known; null otherwise
     * @param href   where the reader downloads the file; null where there is no download
     */
    public record EvidenceReference(String evidenceId, String fileName, String sha256, String href) {
    }
}
