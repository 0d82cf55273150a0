package org.evaltrack.launcher.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own (initdb + pg_ctl on a free port, data under target/), so
 * the test may stop and start it while others keep using the shared one. initdb and postgres
 * refuse to run as root: as root every command runs as the {@code postgres} user through runuser,
 * with a data directory that user owns.
 */
final class PrivatePostgresCluster implements AutoCloseable {

    private final Path bin;
    private final Path dataDirectory;
    private final Path logFile;
    private final int port;
    private final boolean asRoot;
    private boolean started;

    private PrivatePostgresCluster(Path bin, Path dataDirectory, int port) {
        this.bin = bin;
        this.dataDirectory = dataDirectory;
        this.logFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
        this.port = port;
        this.asRoot = "root".equals(System.getProperty("user.name"));
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

    /** initdb (trust authentication, UTF-8) and start; a database {@code evaltrack} is created. */
    static PrivatePostgresCluster create(Path bin, Path parent) throws Exception {
        Files.createDirectories(parent);
        Path data = Files.createTempDirectory(parent.toAbsolutePath(), "pgdata-");
        PrivatePostgresCluster cluster = new PrivatePostgresCluster(bin, data, freePort());
        if (cluster.asRoot) {
            run(List.of("chown", "postgres:postgres", data.toString(), parent.toAbsolutePath().toString()));
        }
        cluster.runAsOwner(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"));
        cluster.start();
        try (Connection connection = DriverManager.getConnection(cluster.url("postgres"), "postgres", "")) {
            connection.createStatement().execute("CREATE DATABASE evaltrack");
        }
        return cluster;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void start() throws Exception {
        runAsOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-l", logFile.toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories="
                        + dataDirectory + " -c fsync=off -c max_connections=50",
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
            deleteQuietly(dataDirectory);
        }
    }

    private void runAsOwner(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
            // under target/: the next clean removes it
        }
    }
}
