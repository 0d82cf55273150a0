package org.evaltrack.query.evidence;

import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.evaltrack.query.config.ReadModels;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.EvidenceRejected;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.query.evidence.EvidenceState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Keeps every piece of evidence with what serving its file needs; all events come from one assessment, in order. */
@Component
@ProcessingGroup(ReadModels.GROUP)
class EvidenceFileProjection {

    private final EntityManager entityManager;
    private final TransactionTemplate transactionTemplate;

    EvidenceFileProjection(EntityManager entityManager, PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.transactionTemplate = new TransactionTemplate(transactionManager);
    }

    @EventHandler
    void on(EvidenceAttached event) {
        var key = new EvidenceFileRecord.Key(event.assessmentId().value(), event.evidenceId().value());
        // a redelivered event finds its row already there
        if (entityManager.find(EvidenceFileRecord.class, key) == null) {
            entityManager.persist(new EvidenceFileRecord(event));
        }
    }

    @EventHandler
    void on(EvidenceWithdrawn event) {
        record(event.assessmentId(), event.evidenceId()).state(EvidenceState.WITHDRAWN);
    }

    @EventHandler
    void on(EvidenceRejected event) {
        record(event.assessmentId(), event.evidenceId()).state(EvidenceState.REJECTED);
    }

    @ResetHandler
    void reset() {
        transactionTemplate.executeWithoutResult(status -> {
            entityManager.createQuery("delete from EvidenceFileRecord").executeUpdate();
            entityManager.clear();
        });
    }

    private EvidenceFileRecord record(AssessmentId assessmentId, EvidenceId evidenceId) {
        EvidenceFileRecord found = entityManager.find(EvidenceFileRecord.class,
                new EvidenceFileRecord.Key(assessmentId.value(), evidenceId.value()));
        if (found == null) {
            // the assessment attaches before it withdraws or rejects; a missing row means the read model is broken
            throw new IllegalStateException("evidence " + evidenceId + " of " + assessmentId + " was never attached");
        }
        return found;
    }
}
