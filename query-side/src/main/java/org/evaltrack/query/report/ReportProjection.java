package org.evaltrack.query.report;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.evaltrack.query.config.ReadModels;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.ReportSectionWritten;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the words of each unit's report: its free-text sections and the narrative of each indicator's
 * latest claim. Every handler touches rows of the event's own assessment only, so the default
 * per-aggregate sequencing suffices.
 */
@Component
@ProcessingGroup(ReadModels.GROUP)
class ReportProjection {

    private static final List<String> ENTITIES = List.of("ReportNarrativeRecord", "ReportSectionRecord", "ReportAssessmentRecord");

    private final EntityManager entityManager;
    private final TransactionTemplate transactionTemplate;

    ReportProjection(EntityManager entityManager, PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.transactionTemplate = new TransactionTemplate(transactionManager);
    }

    @EventHandler
    void on(AssessmentOpened event) {
        if (entityManager.find(ReportAssessmentRecord.class, event.assessmentId().value()) == null) {
            entityManager.persist(new ReportAssessmentRecord(event.assessmentId().value(), event.unitId().value()));
        }
    }

    /** A later claim without narrative removes the earlier text: the report prints what the latest claim says. */
    @EventHandler
    void on(ScoreClaimed event, @MessageIdentifier String eventId) {
        ReportNarrativeRecord.Key key = new ReportNarrativeRecord.Key(event.assessmentId().value(), event.indicatorCode());
        ReportNarrativeRecord record = entityManager.find(ReportNarrativeRecord.class, key);
        boolean hasText = event.narrative() != null && !event.narrative().isBlank();
        if (!hasText) {
            if (record != null) {
                entityManager.remove(record);
            }
            return;
        }
        if (record == null) {
            record = new ReportNarrativeRecord(key);
            record.claimed(event.narrative(), eventId);
            entityManager.persist(record);
        } else {
            record.claimed(event.narrative(), eventId);
        }
    }

    @EventHandler
    void on(ReportSectionWritten event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        ReportSectionRecord.Key key = new ReportSectionRecord.Key(event.assessmentId().value(), event.kind().name());
        ReportSectionRecord record = entityManager.find(ReportSectionRecord.class, key);
        if (record == null) {
            record = new ReportSectionRecord(key);
            record.written(event.text(), event.revision(), at, eventId);
            entityManager.persist(record);
        } else {
            record.written(event.text(), event.revision(), at, eventId);
        }
    }

    @ResetHandler
    void reset() {
        transactionTemplate.executeWithoutResult(status -> {
            ENTITIES.forEach(entity -> entityManager.createQuery("delete from " + entity).executeUpdate());
            entityManager.clear();
        });
    }
}
