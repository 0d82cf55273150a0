package org.evaltrack.command.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evaltrack.kernel.error.ErrorCode;

/**
 * What a demo import did: commands accepted per type, every refusal with its code and reason
 * (a refusal is an expected part of the reference case, not a failure of the import), and the
 * assumptions the data file makes where the source document is silent.
 */
final class DemoImportReport {

    /** A command the domain refused. */
    record Rejection(String command, String what, ErrorCode code, String reason) {
    }

    private final Map<String, Integer> accepted = new LinkedHashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<String> assumptions = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean skipped;
    private String skipReason;

    void accepted(Object command) {
        accepted.merge(command.getClass().getSimpleName(), 1, Integer::sum);
    }

    void rejected(Object command, String what, ErrorCode code, String reason) {
        rejections.add(new Rejection(command.getClass().getSimpleName(), what, code, reason));
    }

    void assumption(String text) {
        assumptions.add(text);
    }

    void warning(String text) {
        warnings.add(text);
    }

    void skipped(String reason) {
        this.skipped = true;
        this.skipReason = reason;
    }

    boolean wasSkipped() {
        return skipped;
    }

    String skipReason() {
        return skipReason;
    }

    Map<String, Integer> acceptedByCommand() {
        return Map.copyOf(accepted);
    }

    int acceptedCount() {
        return accepted.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    List<String> assumptions() {
        return List.copyOf(assumptions);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The report as log lines. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Demo import report: " + acceptedCount() + " commands accepted, " + rejections.size() + " rejected");
        accepted.forEach((command, count) -> lines.add(String.format("  %-22s x %d", command, count)));
        if (!rejections.isEmpty()) {
            lines.add("Rejected by the domain (the data is kept as the report wrote it):");
            rejections.forEach(r -> lines.add("  REJECTED " + r.command() + " " + r.what() + " -> " + r.code() + ": " + r.reason()));
        }
        if (!assumptions.isEmpty()) {
            lines.add("Assumptions made where the source is silent or contradictory:");
            assumptions.forEach(a -> lines.add("  - " + a));
        }
        warnings.forEach(w -> lines.add("  WARNING " + w));
        return lines;
    }
}
