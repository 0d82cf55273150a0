package org.evaltrack.launcher.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evaltrack.launcher.EvaltrackApplication;
import org.evaltrack.launcher.e2e.HttpApi;

/**
 * The launcher as a separate JVM on PostgreSQL (profile {@code postgres}), started from this test
 * JVM's class path on a random port, so it can be killed with SIGKILL the way an operating system
 * or an orchestrator kills it. The demo case is loaded on the first start (accounts, scheme, two
 * units) and found present on later ones. Output goes to a log file per start.
 */
final class LauncherProcess implements AutoCloseable {

    private static final Pattern RUNNING = Pattern.compile("==== Evaltrack is running: http://localhost:(\\d+) ====");
    private static final String DEMO_BANNER = "================ Evaltrack demo ================";
    private static final String DEMO_FAILED = "Demo data could not be loaded";

    private final String name;
    private final Path logDirectory;
    private final List<String> arguments;
    private Process process;
    private Path log;
    private int starts;
    private volatile int port;

    LauncherProcess(String name, Path logDirectory, String jdbcUrl, String user, String password, Path blobs,
                    String... more) {
        this.name = name;
        this.logDirectory = logDirectory;
        this.arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--spring.datasource.hikari.maximum-pool-size=12",
                "--evaltrack.demo.enabled=true",
                "--evaltrack.blobs.dir=" + blobs.toAbsolutePath()));
        this.arguments.addAll(List.of(more));
    }

    /** Starts the JVM and waits until it serves requests with the demo case present. */
    LauncherProcess start(Duration patience) {
        starts++;
        try {
            Files.createDirectories(logDirectory);
            log = logDirectory.resolve(name + "-" + starts + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                    "-Daxoniq.update-checker.disabled=true",
                    // the surefire booter jar carries the whole class path in its manifest
                    "-cp", System.getProperty("java.class.path"),
                    EvaltrackApplication.class.getName()));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(patience);
        return this;
    }

    private void awaitReady(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            String output = output();
            Matcher running = RUNNING.matcher(output);
            if (output.contains(DEMO_FAILED)) {
                throw new IllegalStateException("demo case not loaded, see " + log);
            }
            if (running.find() && output.contains(DEMO_BANNER)) {
                port = Integer.parseInt(running.group(1));
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready, see " + log
                        + "\n" + tail(output));
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " not ready within " + patience + ", see " + log + "\n" + tail(output()));
    }

    HttpApi http() {
        return new HttpApi(port);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no flush, no graceful release of anything. Returns the exit status. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " survived SIGKILL");
        }
        return process.exitValue();
    }

    String output() {
        if (log == null || !Files.exists(log)) {
            return "";
        }
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static String tail(String output) {
        return output.length() > 4000 ? output.substring(output.length() - 4000) : output;
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
