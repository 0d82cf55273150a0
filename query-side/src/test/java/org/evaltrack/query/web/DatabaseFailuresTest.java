package org.evaltrack.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.evaltrack.websupport.database.DatabaseFailures;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseFailuresTest {

    @Test
    void connectionFailuresAreRecognisedInsideWrappers() {
        assertThat(DatabaseFailures.isUnavailable(new CompletionException(new QueryExecutionException("failed",
                new CannotCreateTransactionException("no connection"))))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(new JDBCConnectionException("gone",
                new SQLException("gone"))))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new DataAccessResourceFailureException("down"))).isTrue();
        // server shutting down (pg_ctl stop -m fast) and connection failure
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(new SQLException("terminating", "57P01")))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("refused", "08001"))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(DatabaseFailures.isUnavailable(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void conflictsBetweenTransactionsAreTransientButNotUnavailable() {
        SQLException deadlock = new SQLException("deadlock detected", "40P01");
        assertThat(DatabaseFailures.isTransient(new RuntimeException(deadlock))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(deadlock)).isFalse();
        assertThat(DatabaseFailures.isTransient(new SQLException("could not serialize access", "40001"))).isTrue();
        assertThat(DatabaseFailures.isTransient(new SQLException("lock not available", "55P03"))).isTrue();
        assertThat(DatabaseFailures.isTransient(new SQLException("terminating", "57P01"))).isTrue();
    }

    @Test
    void faultsOfTheDataAreNotTransient() {
        assertThat(DatabaseFailures.isTransient(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(DatabaseFailures.isTransient(new SQLException("value too long", "22001"))).isFalse();
        assertThat(DatabaseFailures.isTransient(new SQLException("raise exception in trigger", "P0001"))).isFalse();
        assertThat(DatabaseFailures.isTransient(new IllegalStateException("bug"))).isFalse();
    }
}
