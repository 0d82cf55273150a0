package org.evaltrack.launcher.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own (initdb + pg_ctl on a free port), so the test may stop and start
 * it while others keep using the shared one. initdb and postgres refuse to run as root: as root every
 * command runs as the {@code postgres} user through runuser. Data, socket and server log live in a short
 * temp directory under /tmp that the server's user owns, never in the checkout: a checkout in root's
 * home (mode 700) is closed to that user, and a deep one makes the Unix socket path too long (about
 * 107 bytes at most). The log is copied to the test's log directory when the cluster is closed.
 */
final class PrivatePostgresCluster implements AutoCloseable {

    /** Short and open to every user: the socket's path must stay within the kernel's limit. */
    private static final Path SHORT_TEMP = Path.of("/tmp");

    private final Path bin;
    private final Path home;
    private final Path dataDirectory;
    private final Path logFile;
    private final Path keptLog;
    private final int port;
    private final boolean asRoot;
    private boolean started;

    private PrivatePostgresCluster(Path bin, Path home, Path keptLog, int port, boolean asRoot) {
        this.bin = bin;
        this.home = home;
        this.dataDirectory = home.resolve("data");
        this.logFile = home.resolve("server.log");
        this.keptLog = keptLog;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** The newest installed PostgreSQL's bin directory holding initdb and pg_ctl, if any. */
    static Optional<Path> binaries() {
        Path installations = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(installations)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(installations)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                    .max(Comparator.comparing(dir -> versionNumber(dir.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static double versionNumber(String name) {
        try {
            return Double.parseDouble(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * initdb (trust authentication, UTF-8) and start; a database {@code evaltrack} is created. The server's
     * log is kept in {@code logDirectory} once the cluster is closed.
     */
    static PrivatePostgresCluster create(Path bin, Path logDirectory) throws Exception {
        Files.createDirectories(logDirectory);
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        // created mode 700 (Files.createTempDirectory), then handed to the server's user
        Path home = Files.createTempDirectory(SHORT_TEMP, "etpg.");
        if (asRoot) {
            run(List.of("chown", "postgres:postgres", home.toString()), home);
        }
        PrivatePostgresCluster cluster = new PrivatePostgresCluster(bin, home,
                logDirectory.toAbsolutePath().resolve(home.getFileName() + ".log"), freePort(), asRoot);
        try {
            cluster.runAsOwner(List.of(bin.resolve("initdb").toString(), "-D", cluster.dataDirectory.toString(), "-U", "postgres",
                    "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"));
            cluster.start();
            try (Connection connection = DriverManager.getConnection(cluster.url("postgres"), "postgres", "")) {
                connection.createStatement().execute("CREATE DATABASE evaltrack");
            }
        } catch (Exception | Error e) {
            try {
                cluster.close();
            } catch (Exception cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return cluster;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void start() throws Exception {
        runAsOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-l", logFile.toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories="
                        + home + " -c fsync=off -c max_connections=50",
                "start"));
        started = true;
    }

    /** Fast shutdown: sessions are ended, open transactions rolled back, as in a real restart. */
    void stop() throws Exception {
        runAsOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-w", "-t", "60",
                "-m", "fast", "stop"));
        started = false;
    }

    @Override
    public void close() throws Exception {
        try {
            if (started) {
                stop();
            }
        } finally {
            keepLog();
            deleteQuietly(home);
        }
    }

    private void keepLog() {
        try {
            if (Files.exists(logFile)) {
                Files.copy(logFile, keptLog, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // the log only helps a reader; the cluster is removed either way
        }
    }

    private void runAsOwner(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, home);
    }

    /** Run from {@code directory}: the server's user may not be allowed into the checkout, nor to find itself from there. */
    private static void run(List<String> command, Path directory) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        // pg_ctl's server keeps the inherited output open: read only what the command itself says
        byte[] output = process.getInputStream().readNBytes(64 * 1024);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command + " exited with " + process.exitValue() + ": "
                    + new String(output, StandardCharsets.UTF_8));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover under /tmp is removed by the system's temp cleaning
        }
    }
}
