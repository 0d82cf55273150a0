package org.evaltrack.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.evaltrack.websupport.database.DatabaseFailures;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseFailuresTest {

    @Test
    void connectionFailuresAreRecognisedInsideWrappers() {
        assertThat(DatabaseFailures.isUnavailable(new CompletionException(new CommandExecutionException("failed",
                new CannotCreateTransactionException("no connection"))))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(new JDBCConnectionException("gone",
                new SQLException("gone"))))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new DataAccessResourceFailureException("down"))).isTrue();
        // server shutting down (pg_ctl stop -m fast) and connection failure
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(new SQLException("terminating", "57P01")))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("refused", "08001"))).isTrue();
        // a rollback on a connection the restart closed, as Spring wraps it (seen under PostgresRestartUnderLoadTest)
        assertThat(DatabaseFailures.isUnavailable(new org.springframework.orm.jpa.JpaSystemException(
                new org.hibernate.TransactionException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(DatabaseFailures.isUnavailable(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new org.hibernate.TransactionException("Transaction not active"))).isFalse();
    }
}
