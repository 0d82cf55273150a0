package org.evaltrack.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The harness's own database, {@code evaltrack_bench} on the same PostgreSQL as the application,
 * created when missing; each run gets fresh schemas in it, so the shared test database is never
 * touched. Settings: {@code -Dbench.pg.server} (default {@code jdbc:postgresql://127.0.0.1:5432/}),
 * {@code -Dbench.pg.database}, {@code -Dbench.pg.user}, {@code -Dbench.pg.password}.
 */
final class BenchDatabase {

    private final String server = System.getProperty("bench.pg.server", "jdbc:postgresql://127.0.0.1:5432/");
    private final String database = System.getProperty("bench.pg.database", "evaltrack_bench");
    private final String user = System.getProperty("bench.pg.user", "postgres");
    private final String password = System.getProperty("bench.pg.password", "");

    void ensureDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
             Statement statement = admin.createStatement();
             ResultSet found = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
            if (!found.next()) {
                statement.execute("create database " + database);
            }
        }
    }

    void freshSchema(String schema) throws SQLException {
        try (Connection connection = connect(null); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        }
    }

    String url(String schema) {
        return server + database + (schema == null ? "" : "?currentSchema=" + schema);
    }

    Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(url(schema), user, password);
    }

    /** Spring Boot arguments for a context on this schema. */
    String[] args(String schema, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url(schema),
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    String server() {
        return server + database;
    }

    long count(String schema, String sql) throws SQLException {
        try (Connection connection = connect(schema); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void execute(String schema, String sql) throws SQLException {
        try (Connection connection = connect(schema); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    String text(String sql) throws SQLException {
        try (Connection connection = connect(null); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
