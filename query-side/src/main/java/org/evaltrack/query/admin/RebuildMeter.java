package org.evaltrack.query.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Remembers when this node started (or first saw) each group's rebuild and where the replay stood then,
 * so the status can give a rate and the time left. In memory: another node, or this one after a restart,
 * measures from when it first looks.
 */
@Component
class RebuildMeter {

    private record Start(Instant at, long position) {
    }

    private final Clock clock;
    private final Map<String, Start> starts = new ConcurrentHashMap<>();

    RebuildMeter(Clock clock) {
        this.clock = clock;
    }

    void started(String group) {
        starts.put(group, new Start(clock.instant(), -1));
    }

    /** Progress of a replaying group at {@code position} (the segment furthest behind) towards {@code head}. */
    RebuildProgress progress(String group, long position, long head) {
        long done = Math.max(0, position + 1);
        long total = Math.max(done, head + 1);
        Start start = starts.computeIfAbsent(group, g -> new Start(clock.instant(), done - 1));
        long seconds = Duration.between(start.at(), clock.instant()).toSeconds();
        long replayed = done - (start.position() + 1);
        if (seconds < 1 || replayed <= 0) {
            return new RebuildProgress(done, total, start.at(), null, null, null, 0);
        }
        long rate = replayed / seconds;
        return new RebuildProgress(done, total, start.at(), rate, rate == 0 ? null : (total - done) / rate, null, 0);
    }

    /** The replay reached the head: the next rebuild measures afresh. */
    void finished(String group) {
        starts.remove(group);
    }
}
