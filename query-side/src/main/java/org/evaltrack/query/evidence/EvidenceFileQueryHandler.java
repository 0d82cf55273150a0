package org.evaltrack.query.evidence;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.query.evidence.EvidenceFileView;
import org.evaltrack.kernel.query.evidence.FindEvidenceFile;
import org.springframework.stereotype.Component;

/** One row by primary key: the evidence must belong to the assessment named. */
@Component
class EvidenceFileQueryHandler {

    private final EntityManager entityManager;

    EvidenceFileQueryHandler(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @QueryHandler
    Optional<EvidenceFileView> handle(FindEvidenceFile query) {
        return Optional.ofNullable(entityManager.find(EvidenceFileRecord.class,
                        new EvidenceFileRecord.Key(query.assessmentId().value(), query.evidenceId().value())))
                .map(EvidenceFileRecord::view);
    }
}
