package org.evaltrack.websupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL tests when the test database answers, creating it when only the server is there.
 * With evaltrack.pg.required=true the tests always run, so a missing database fails loudly.
 */
public class PostgresAvailable implements ExecutionCondition {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/evaltrack_test";
    private static final String USER = "postgres";

    private static volatile Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Boolean.getBoolean("evaltrack.pg.required")) {
            return ConditionEvaluationResult.enabled("PostgreSQL required");
        }
        return isReachable()
                ? ConditionEvaluationResult.enabled("PostgreSQL reachable")
                : ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + url());
    }

    private static synchronized boolean isReachable() {
        if (reachable == null) {
            reachable = probe();
        }
        return reachable;
    }

    private static boolean probe() {
        String url = url();
        try (Connection ignored = DriverManager.getConnection(url, USER, "")) {
            return true;
        } catch (SQLException failure) {
            if (!"3D000".equals(failure.getSQLState())) {
                return false;
            }
        }
        // the server answered but the database is missing: create it, as the team brief prescribes
        String database = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        String serverUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection server = DriverManager.getConnection(serverUrl, USER, "");
             Statement statement = server.createStatement()) {
            statement.execute("create database \"" + database.replace("\"", "") + "\"");
            return true;
        } catch (SQLException failure) {
            return false;
        }
    }

    private static String url() {
        return System.getProperty("evaltrack.pg.url", DEFAULT_URL);
    }
}
