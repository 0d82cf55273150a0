package org.evaltrack.command.evidence;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Runs the evidence sweep on a timer once the application is ready (a one-off run such as the integrity
 * check exits before that and never sweeps). {@code evaltrack.evidence.sweep.enabled=false} turns the timer
 * off; the office can still ask for a sweep.
 */
public class EvidenceSweepSchedule implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EvidenceSweepSchedule.class);

    private final EvidenceSweep sweep;
    private final boolean enabled;
    private final Duration firstAfter;
    private final Duration interval;
    private ScheduledExecutorService timer;

    public EvidenceSweepSchedule(EvidenceSweep sweep, boolean enabled, Duration firstAfter, Duration interval) {
        if (enabled && (interval.isNegative() || interval.isZero())) {
            throw new IllegalArgumentException("evaltrack.evidence.sweep.interval must be positive, not " + interval);
        }
        this.sweep = sweep;
        this.enabled = enabled;
        this.firstAfter = firstAfter;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        if (!enabled) {
            log.info("Evidence sweep: not scheduled (evaltrack.evidence.sweep.enabled=false)");
            return;
        }
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "evidence-sweep");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::runLogged, firstAfter.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Evidence sweep: first in {}, then every {}", firstAfter, interval);
    }

    /** The sweep logs and records its own failure; the timer must go on to the next run. */
    private void runLogged() {
        try {
            sweep.run(EvidenceSweep.SCHEDULED);
        } catch (RuntimeException alreadyLogged) {
            // EvidenceSweep logged it at ERROR and wrote it to evidence_sweep
        }
    }

    @Override
    public synchronized void destroy() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
