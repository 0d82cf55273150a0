package org.evaltrack.websupport.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises "the database cannot be reached" under whatever Spring, Hibernate, Hikari, Axon or
 * a future puts around it. Such a failure is no fault of the request: it is answered 503 with
 * Retry-After, so a client knows to try again rather than give up on a 500.
 */
public final class DatabaseFailures {

    /** Seconds a client should wait: about how long a PostgreSQL restart or failover takes. */
    public static final int RETRY_AFTER_SECONDS = 5;
    private static final int MAX_DEPTH = 32;

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (isUnavailableItself(current)) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }

    /**
     * Unavailable, or a conflict between transactions that PostgreSQL resolved by failing one of
     * them (serialization failure, deadlock, lock not available): trying again later succeeds.
     */
    public static boolean isTransient(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (isUnavailableItself(current) || isConflictItself(current)) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }

    private static boolean isConflictItself(Throwable failure) {
        if (failure instanceof TransientDataAccessException) {
            return true;
        }
        return failure instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("55P03"));
    }

    private static boolean isUnavailableItself(Throwable failure) {
        if (failure instanceof CannotCreateTransactionException
                || failure instanceof DataAccessResourceFailureException
                || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException
                || failure.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
            return true;
        }
        // a rollback or commit the driver could not send: the connection broke under the transaction
        if (failure.getClass().getName().equals("org.hibernate.TransactionException") && failure.getCause() instanceof SQLException) {
            return true;
        }
        // SQLSTATE class 08 (connection exception) and 57P01..57P03 (server shutting down, crashed, starting up)
        return failure instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"));
    }
}
