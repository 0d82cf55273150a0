package org.evaltrack.query.admin;

import java.sql.Connection;
import java.sql.Savepoint;
import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.evaltrack.query.config.OptimisticBatchFailed;
import org.hibernate.Session;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes each event all-or-nothing across every read model's handler inside its processor's transaction.
 * <p>
 * Why: when a handler fails, Axon's dead-lettering invoker catches the exception, queues the
 * event and lets the batch commit (the token moves past the event). Whatever the handler wrote
 * before failing would commit with it, and be written a second time when the letter is retried
 * or the projection is rebuilt. The token and the read model must always agree: an event is
 * applied once, or not at all and dead-lettered.
 * <p>
 * Two ways to get there ({@link OptimisticBatches} picks one per event):
 * <ul>
 *   <li>fast, the normal case in a processor's batch: the handler runs as it is, its changes are
 *   flushed with the batch at commit. A failure is not dead-lettered but thrown past the
 *   dead-letter queue ({@link OptimisticBatchFailed}), so the whole batch rolls back and is
 *   retried with the events that ran here marked careful;</li>
 *   <li>careful, for marked events, retried dead letters and calls outside a processor: the event's
 *   handlers run under one JDBC savepoint, taken before the first of them, each handler's JPA changes
 *   flushed into it; when one fails the savepoint is rolled back, so no view keeps a part of the event,
 *   and the persistence context is emptied (everything before the event was flushed first, so nothing
 *   else is lost); the event can then be dead-lettered alone.</li>
 * </ul>
 * Covers the @EventHandler methods of Evaltrack's classes except the command side's (its
 * aggregates and in-transaction handlers are left alone).
 */
@Component
class HandlerSavepoints implements HandlerEnhancerDefinition {

    private static final String EVALTRACK = "org.evaltrack.";
    private static final String COMMAND_SIDE = "org.evaltrack.command.";
    /** false: every handler careful, as before optimistic batches (for comparing the two, or if a fault is suspected). */
    static final String OPTIMISTIC = "evaltrack.projections.optimistic-batches";
    /** Statements per JDBC batch when a batch's changes are flushed; inserts and updates are grouped per table ({@code ProjectionBatchConfig}). */
    static final int JDBC_BATCH_SIZE = 100;

    private final EntityManagerProvider entityManagerProvider;
    private final DataSource dataSource;
    private final OptimisticBatches batches = new OptimisticBatches();
    private final boolean optimistic;

    HandlerSavepoints(EntityManagerProvider entityManagerProvider, DataSource dataSource,
                      @Value("${" + OPTIMISTIC + ":true}") boolean optimistic) {
        this.entityManagerProvider = entityManagerProvider;
        this.dataSource = dataSource;
        this.optimistic = optimistic;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        String type = original.declaringClass().getName();
        boolean projectionHandler = type.startsWith(EVALTRACK) && !type.startsWith(COMMAND_SIDE)
                && original.canHandleMessageType(EventMessage.class)
                && original.annotationAttributes(EventHandler.class).isPresent();
        return projectionHandler ? new Atomic<>(original, groupOf(original.declaringClass())) : original;
    }

    /** As Axon names it: the annotation, or else the handler's package. */
    private static String groupOf(Class<?> handlerType) {
        ProcessingGroup group = handlerType.getAnnotation(ProcessingGroup.class);
        return group != null ? group.value() : handlerType.getPackageName();
    }

    private final class Atomic<T> extends WrappedMessageHandlingMember<T> {

        private final String group;

        private Atomic(MessageHandlingMember<T> delegate, String group) {
            super(delegate);
            this.group = group;
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            OptimisticBatches.Batch batch = optimistic ? batches.currentBatch(group) : null;
            if (batch != null && !batch.mustBeCareful(message.getIdentifier())) {
                return fast(message, target, batch);
            }
            return careful(message, target, batch);
        }

        private Object fast(Message<?> message, T target, OptimisticBatches.Batch batch) throws Exception {
            if (batch.handlingFast(message.getIdentifier())) {
                // nothing is flushed before the commit, so the batch's rows can go in JDBC batches (not so for careful events)
                entityManagerProvider.getEntityManager().unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH_SIZE);
            }
            try {
                return super.handle(message, target);
            } catch (Exception failure) {
                throw new OptimisticBatchFailed((EventMessage<?>) message, failure);
            }
        }

        private Object careful(Message<?> message, T target, OptimisticBatches.Batch batch) throws Exception {
            EntityManager entityManager = entityManagerProvider.getEntityManager();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            EventSavepoint event = eventSavepoint();
            if (event == null || !event.eventId().equals(message.getIdentifier())) {
                // the first handler of this event: what came before is flushed, then one savepoint for all its handlers
                if (batch != null) {
                    try {
                        entityManager.flush();
                    } catch (RuntimeException earlierEventsFailed) {
                        // the changes of events that ran fast before this one: none of them can be told apart now
                        throw new OptimisticBatchFailed((EventMessage<?>) message, earlierEventsFailed);
                    }
                    batch.handledCarefully(message.getIdentifier());
                } else {
                    entityManager.flush();
                }
                if (event != null) {
                    connection.releaseSavepoint(event.savepoint());
                }
                event = new EventSavepoint(message.getIdentifier(), connection.setSavepoint());
                rememberSavepoint(event);
            }
            try {
                Object result = super.handle(message, target);
                entityManager.flush();
                return result;
            } catch (Exception | Error failure) {
                // every view's changes for this event go, not only this handler's: the views stay in step
                connection.rollback(event.savepoint());
                forgetSavepoint();
                entityManager.clear();
                RollbackMark.liftAfterSavepointRollback(entityManager);
                throw failure;
            }
        }
    }

    /** The savepoint taken before the first handler of the event being handled carefully in this transaction. */
    private record EventSavepoint(String eventId, Savepoint savepoint) {
    }

    private static final Object SAVEPOINT_KEY = new Object();

    private static EventSavepoint eventSavepoint() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        return (EventSavepoint) TransactionSynchronizationManager.getResource(SAVEPOINT_KEY);
    }

    private static void rememberSavepoint(EventSavepoint event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        if (TransactionSynchronizationManager.getResource(SAVEPOINT_KEY) != null) {
            TransactionSynchronizationManager.unbindResource(SAVEPOINT_KEY);
        } else {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SAVEPOINT_KEY);
                }
            });
        }
        TransactionSynchronizationManager.bindResource(SAVEPOINT_KEY, event);
    }

    private static void forgetSavepoint() {
        TransactionSynchronizationManager.unbindResourceIfPossible(SAVEPOINT_KEY);
    }
}
