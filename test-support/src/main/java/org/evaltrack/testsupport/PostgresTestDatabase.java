package org.evaltrack.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL a {@link PostgresTest} class runs against: its own schema in the test database.
 * Settings: system properties {@code evaltrack.pg.url}, {@code evaltrack.pg.user},
 * {@code evaltrack.pg.password}, {@code evaltrack.pg.required}.
 */
public final class PostgresTestDatabase {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/evaltrack_test";
    private static final Pattern URL_SHAPE = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(\\?.*)?");
    private static final String SCHEMA_PREFIX = "et_";
    /** Schemas of crashed or killed runs are dropped once older than this. */
    private static final long STALE_AFTER_SECONDS = TimeUnit.HOURS.toSeconds(6);
    /** Written for the build to print after the tests (see the parent pom). */
    private static final String SKIP_REPORT = "target/postgres-tests-skipped.txt";

    private static Optional<String> unavailable;
    private static final Map<Class<?>, PostgresTestDatabase> BY_TEST_CLASS = new ConcurrentHashMap<>();
    private static final List<String> CREATED_SCHEMAS = new ArrayList<>();

    private final String schema;

    private PostgresTestDatabase(String schema) {
        this.schema = schema;
    }

    public static String baseUrl() {
        return System.getProperty("evaltrack.pg.url", DEFAULT_URL);
    }

    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty("evaltrack.pg.required", "false"));
    }

    static String user() {
        return System.getProperty("evaltrack.pg.user", "postgres");
    }

    static String password() {
        return System.getProperty("evaltrack.pg.password", "postgres");
    }

    /** Empty when PostgreSQL answers (the test database then exists); else why not. Checked once per JVM. */
    public static synchronized Optional<String> unavailableReason() {
        if (unavailable == null) {
            unavailable = probe();
        }
        return unavailable;
    }

    /** The schema of this test class, created on first use. */
    public static PostgresTestDatabase forTestClass(Class<?> testClass) {
        return BY_TEST_CLASS.computeIfAbsent(testClass, c -> createSchema());
    }

    public String schema() {
        return schema;
    }

    /** JDBC URL whose connections see only this class's schema. */
    public String url() {
        Matcher m = urlParts();
        String params = m.group(3) == null ? "?" : m.group(3) + "&";
        return m.group(1) + m.group(2) + params + "currentSchema=" + schema;
    }

    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url());
        properties.put("spring.datasource.username", user());
        properties.put("spring.datasource.password", password());
        properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
        // several contexts of one build may be open at once; stay far below max_connections
        properties.put("spring.datasource.hikari.maximum-pool-size", "4");
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        return properties;
    }

    /** The same settings as command-line arguments, for a context started by hand. */
    public String[] args(String... more) {
        List<String> args = new ArrayList<>();
        springProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** The first column of every row of a query on this schema. */
    public List<Object> column(String sql) {
        try (Connection connection = connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<Object> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getObject(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static synchronized String recordSkip(Class<?> testClass, String reason) {
        String message = "PostgreSQL tests SKIPPED: " + testClass.getSimpleName() + " did not run, PostgreSQL at "
                + baseUrl() + " is unreachable (" + reason + "). Start PostgreSQL or run .ci/run;"
                + " -Devaltrack.pg.required=true turns this into a failure.";
        System.err.println();
        System.err.println("************************************************************************");
        System.err.println(message);
        System.err.println("************************************************************************");
        try {
            Path report = Path.of(System.getProperty("basedir", ".")).resolve(SKIP_REPORT);
            Files.createDirectories(report.getParent());
            Files.writeString(report, message + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return message;
    }

    private static Matcher urlParts() {
        Matcher m = URL_SHAPE.matcher(baseUrl());
        if (!m.matches()) {
            throw new IllegalArgumentException("evaltrack.pg.url is not jdbc:postgresql://host:port/database: " + baseUrl());
        }
        return m;
    }

    private static Connection connectTo(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        properties.setProperty("password", password());
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, properties);
    }

    private static Optional<String> probe() {
        Matcher m;
        try {
            m = urlParts();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        String database = m.group(2);
        String maintenanceUrl = m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3));
        try (Connection admin = connectTo(maintenanceUrl)) {
            var exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try {
                    admin.createStatement().execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
                } catch (SQLException e) {
                    if (!"42P04".equals(e.getSQLState())) { // created meanwhile by a parallel build
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
        dropStaleSchemas();
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestDatabase::dropCreatedSchemas, "drop-test-schemas"));
        return Optional.empty();
    }

    private static PostgresTestDatabase createSchema() {
        String schema = SCHEMA_PREFIX + (System.currentTimeMillis() / 1000) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        try (Connection connection = connectTo(baseUrl())) {
            connection.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema " + schema + " in " + baseUrl(), e);
        }
        synchronized (CREATED_SCHEMAS) {
            CREATED_SCHEMAS.add(schema);
        }
        return new PostgresTestDatabase(schema);
    }

    private static void dropStaleSchemas() {
        long now = System.currentTimeMillis() / 1000;
        try (Connection connection = connectTo(baseUrl());
             ResultSet rows = connection.createStatement()
                     .executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'et\\_%'")) {
            List<String> stale = new ArrayList<>();
            while (rows.next()) {
                String name = rows.getString(1);
                String[] parts = name.split("_");
                if (parts.length == 3 && parts[1].matches("\\d+") && now - Long.parseLong(parts[1]) > STALE_AFTER_SECONDS) {
                    stale.add(name);
                }
            }
            for (String name : stale) {
                connection.createStatement().execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        } catch (SQLException e) {
            System.err.println("could not drop stale test schemas: " + e.getMessage());
        }
    }

    /** Runs at JVM exit, when every test context has been closed. */
    private static void dropCreatedSchemas() {
        if (Boolean.getBoolean("evaltrack.pg.keep-schemas")) {
            return;
        }
        synchronized (CREATED_SCHEMAS) {
            try (Connection connection = connectTo(baseUrl())) {
                for (String schema : CREATED_SCHEMAS) {
                    connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            } catch (SQLException e) {
                System.err.println("could not drop test schemas " + CREATED_SCHEMAS + ": " + e.getMessage());
            }
        }
    }
}
