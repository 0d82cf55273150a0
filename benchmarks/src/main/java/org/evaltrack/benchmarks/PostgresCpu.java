package org.evaltrack.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of the PostgreSQL server processes on this machine, from {@code /proc/<pid>/stat}
 * (utime + stime of every process named {@code postgres}): the other half of a replay's work
 * when the database runs beside the JVM. Backends that exit during the measured period take their
 * time with them; the application's pooled connections live through it. NaN where there is no
 * {@code /proc} or the server runs elsewhere.
 */
final class PostgresCpu {

    /** Linux reports these times in clock ticks of 1/100 s (USER_HZ) on every common build. */
    private static final double TICKS_PER_SECOND = 100.0;

    private PostgresCpu() {
    }

    static double seconds() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return Double.NaN;
        }
        long ticks = 0;
        boolean found = false;
        try (Stream<Path> entries = Files.list(proc)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (!entry.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String stat;
                try {
                    stat = Files.readString(entry.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < 0 || !stat.substring(open + 1, close).equals("postgres")) {
                    continue;
                }
                // fields after the command: state is field 3, utime 14 and stime 15 (1-based, man proc)
                String[] fields = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                found = true;
            }
        } catch (IOException unreadable) {
            return Double.NaN;
        }
        return found ? ticks / TICKS_PER_SECOND : Double.NaN;
    }
}
