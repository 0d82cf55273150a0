package org.evaltrack.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's results as Markdown, rewritten to {@code results/latest.md} (and a copy named after
 * the start time) after every section, so an interrupted run still leaves what it measured.
 * Every section records the machine's load ({@code uptime}) when it starts.
 */
final class Report {

    private static final Logger log = LoggerFactory.getLogger(Report.class);

    private final StringBuilder text = new StringBuilder();
    private final Path latest;
    private final Path copy;

    Report(Path directory) {
        String stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "");
        this.latest = directory.resolve("latest.md");
        this.copy = directory.resolve("run-" + stamp + ".md");
    }

    void title(String title) {
        text.append("# ").append(title).append("\n\n");
    }

    void section(String title) {
        text.append("## ").append(title).append("\n\n");
        line("load at start: `" + uptime() + "`");
        log.info("== {} ({})", title, uptime());
    }

    void line(String line) {
        text.append(line).append("\n\n");
        log.info(line);
        save();
    }

    void table(List<String> headers, List<List<String>> rows) {
        text.append("| ").append(String.join(" | ", headers)).append(" |\n");
        text.append("|").append("---|".repeat(headers.size())).append("\n");
        rows.forEach(row -> text.append("| ").append(String.join(" | ", row)).append(" |\n"));
        text.append("\n");
        rows.forEach(row -> log.info(String.join(" | ", row)));
        save();
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String uptime() {
        try {
            Process process = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(5, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    static String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException | RuntimeException e) {
            // not Linux: the processor count below still says enough
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024 * 1024);
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + " MB RAM, Java "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }

    private void save() {
        try {
            Files.createDirectories(latest.getParent());
            Files.writeString(latest, text, StandardCharsets.UTF_8);
            Files.writeString(copy, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
