package org.evaltrack.query.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class RetryWhenTheDatabaseFailsTest {

    private final RetryWhenTheDatabaseFails policy = new RetryWhenTheDatabaseFails();

    @Test
    void aFailureOfTheEventIsDeadLettered() {
        SQLException refusedByTrigger = new SQLException("refused", "P0001");
        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter(refusedByTrigger), refusedByTrigger);
        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).contains(refusedByTrigger);
    }

    @Test
    void aLostConnectionIsThrownBackSoTheBatchIsRetried() {
        RuntimeException lost = new JDBCConnectionException("connection lost", new SQLException("closed", "08003"));
        assertThatThrownBy(() -> policy.decide(letter(lost), lost))
                .isInstanceOf(RetryWhenTheDatabaseFails.DatabaseFailedWhileProjecting.class)
                .hasCause(lost);
    }

    @Test
    void aDeadlockIsThrownBackSoTheBatchIsRetried() {
        SQLException deadlock = new SQLException("deadlock detected", "40P01");
        assertThatThrownBy(() -> policy.decide(letter(deadlock), deadlock))
                .isInstanceOf(RetryWhenTheDatabaseFails.DatabaseFailedWhileProjecting.class);
    }

    @Test
    void aFailureInABatchWithoutSavepointsIsThrownBackSoTheWholeBatchIsRolledBack() {
        EventMessage<?> event = GenericEventMessage.asEventMessage("payload");
        OptimisticBatchFailed failed = new OptimisticBatchFailed(event, new SQLException("refused", "P0001"));
        assertThatThrownBy(() -> policy.decide(letter(failed), failed)).isSameAs(failed);
    }

    private static DeadLetter<EventMessage<?>> letter(Throwable cause) {
        return new GenericDeadLetter<>("assessment-1", GenericEventMessage.asEventMessage("payload"), cause);
    }
}
