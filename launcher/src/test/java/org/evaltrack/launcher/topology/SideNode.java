package org.evaltrack.launcher.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One node of a side as its container runs it: the side's executable jar (the file its Dockerfile copies,
 * built by this module's reactor before the launcher's tests), started with the container's java options
 * and the environment docker-compose gives the service, on a port of its own. Output goes to a log file.
 */
final class SideNode implements AutoCloseable {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private final String name;
    private final Path log;
    private final Process process;
    private volatile int port;

    private SideNode(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    /** The side's {@code <module>-*-exec.jar}, as its Dockerfile's COPY finds it; never one older than its classes. */
    static Path executableJar(Path root, String module) {
        Path target = root.resolve(module).resolve("target");
        String build = " (./mvnw verify packages the sides before the launcher's tests; with -pl launcher add -am)";
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, module + "-*-exec.jar")) {
            for (Path jar : jars) {
                if (Files.getLastModifiedTime(jar).compareTo(newest(target.resolve("classes"))) < 0) {
                    throw new IllegalStateException(jar + " is older than its classes" + build);
                }
                return jar;
            }
        } catch (IOException missing) {
            // reported below
        }
        throw new IllegalStateException("no " + module + "-*-exec.jar in " + target + build);
    }

    private static java.nio.file.attribute.FileTime newest(Path classes) throws IOException {
        try (var files = Files.walk(classes)) {
            return files.filter(Files::isRegularFile).map(file -> {
                try {
                    return Files.getLastModifiedTime(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).max(java.util.Comparator.naturalOrder()).orElse(java.nio.file.attribute.FileTime.fromMillis(0));
        }
    }

    static SideNode start(String name, Path jar, Map<String, String> environment, Path logs) throws IOException {
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Daxoniq.update-checker.disabled=true", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new SideNode(name, log, builder.start());
    }

    /** Waits until the node serves (Spring has started) and, if given, its log shows {@code alsoWaitFor}. */
    SideNode awaitStarted(Duration patience, String alsoWaitFor, String failure) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            String output = output();
            Matcher started = PORT.matcher(output);
            if (failure != null && output.contains(failure)) {
                throw new IllegalStateException(name + ": " + failure + ", see " + log);
            }
            if (started.find() && output.contains("Started ") && (alsoWaitFor == null || output.contains(alsoWaitFor))) {
                port = Integer.parseInt(started.group(1));
                return this;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log + "\n" + tail(output));
            }
            pause();
        }
        throw new IllegalStateException(name + " not started within " + patience + ", see " + log + "\n" + tail(output()));
    }

    int port() {
        return port;
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    /** How Axon names this node as a token owner (pid@host). */
    long pid() {
        return process.pid();
    }

    String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String tail(String output) {
        return output.length() > 4000 ? output.substring(output.length() - 4000) : output;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
