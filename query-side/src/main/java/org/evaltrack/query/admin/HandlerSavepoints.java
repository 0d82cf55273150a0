package org.evaltrack.query.admin;

import java.sql.Connection;
import java.sql.Savepoint;
import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes each query-side event handler all-or-nothing inside its processor's transaction.
 * <p>
 * Why: when a handler fails, Axon's dead-lettering invoker catches the exception, queues the
 * event and lets the batch commit (the token moves past the event). Whatever the handler wrote
 * before failing would commit with it, and be written a second time when the letter is retried
 * or the projection is rebuilt. So each handler runs under a JDBC savepoint: its JPA changes are
 * flushed into the savepoint, and on failure the savepoint is rolled back and the persistence
 * context emptied (everything before the handler was flushed first, so nothing else is lost).
 * The token and the read model then always agree: applied once, or not at all and dead-lettered.
 * <p>
 * Cost: one flush and a savepoint per event, inside batches of several events per transaction
 * ({@code ProjectionBatchConfig}). Covers the @EventHandler methods of Evaltrack's
 * classes except the command side's (its aggregates and in-transaction handlers are left alone).
 */
@Component
class HandlerSavepoints implements HandlerEnhancerDefinition {

    private static final String EVALTRACK = "org.evaltrack.";
    private static final String COMMAND_SIDE = "org.evaltrack.command.";

    private final EntityManagerProvider entityManagerProvider;
    private final DataSource dataSource;

    HandlerSavepoints(EntityManagerProvider entityManagerProvider, DataSource dataSource) {
        this.entityManagerProvider = entityManagerProvider;
        this.dataSource = dataSource;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        String type = original.declaringClass().getName();
        boolean projectionHandler = type.startsWith(EVALTRACK) && !type.startsWith(COMMAND_SIDE)
                && original.canHandleMessageType(EventMessage.class)
                && original.annotationAttributes(EventHandler.class).isPresent();
        return projectionHandler ? new Atomic<>(original) : original;
    }

    private final class Atomic<T> extends WrappedMessageHandlingMember<T> {

        private Atomic(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            EntityManager entityManager = entityManagerProvider.getEntityManager();
            entityManager.flush();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            Savepoint savepoint = connection.setSavepoint();
            try {
                Object result = super.handle(message, target);
                entityManager.flush();
                connection.releaseSavepoint(savepoint);
                return result;
            } catch (Exception | Error failure) {
                connection.rollback(savepoint);
                entityManager.clear();
                RollbackMark.liftAfterSavepointRollback(entityManager);
                throw failure;
            }
        }
    }
}
