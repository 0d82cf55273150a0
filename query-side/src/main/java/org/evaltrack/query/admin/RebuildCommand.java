package org.evaltrack.query.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The rebuild as a one-off run (docs/rebuild.md): start the application with
 * {@code --evaltrack.rebuild=all} (or a comma-separated list of groups); it rebuilds them, waits
 * until each has caught up with the event store, and exits with 0, or 1 on failure, on dead letters or on timeout
 * ({@code evaltrack.rebuild-timeout}, default one hour).
 * <p>
 * Runs as the last application runner, once every processor has started; the application is
 * closed before it would report ready, so nothing that waits for that (such as loading the demo
 * case) runs. {@code evaltrack.rebuild-exit=false} closes the application without ending the JVM
 * (tests).
 */
@Component
@ConditionalOnProperty(name = "evaltrack.rebuild")
@Order(Ordered.LOWEST_PRECEDENCE)
class RebuildCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final ProjectionAdmin admin;
    private final ConfigurableApplicationContext context;
    private final String groups;
    private final Duration timeout;
    private final boolean exitJvm;
    private volatile int exitCode = -1;

    RebuildCommand(ProjectionAdmin admin, ConfigurableApplicationContext context,
                   @Value("${evaltrack.rebuild}") String groups,
                   @Value("${evaltrack.rebuild-timeout:PT1H}") Duration timeout,
                   @Value("${evaltrack.rebuild-exit:true}") boolean exitJvm) {
        this.admin = admin;
        this.context = context;
        this.groups = groups;
        this.timeout = timeout;
        this.exitJvm = exitJvm;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int code = rebuild() ? 0 : 1;
        exitCode = code;
        SpringApplication.exit(context, () -> code);
        if (exitJvm) {
            System.exit(code);
        }
    }

    /** -1 while running, then the exit code. */
    int exitCode() {
        return exitCode;
    }

    private boolean rebuild() {
        try {
            List<String> names = admin.resolve(groups);
            log.info("Rebuilding projections {}", names);
            names.forEach(admin::rebuild);
            Instant deadline = Instant.now().plus(timeout);
            for (String group : names) {
                while (!admin.isCaughtUp(group)) {
                    if (Instant.now().isAfter(deadline)) {
                        log.error("Projection {} has not caught up within {}: {}", group, timeout, admin.status(group));
                        return false;
                    }
                    Thread.sleep(POLL.toMillis());
                }
                log.info("Projection {} rebuilt: {}", group, admin.status(group));
            }
            // a rebuild that set events aside is not done: those units' read models stay behind
            List<DeadLetteredProjection> lettered = admin.deadLettered().stream()
                    .filter(projection -> names.contains(projection.group())).toList();
            lettered.forEach(projection -> log.error("Projection {} rebuilt with {} dead letters; first: {}",
                    projection.group(), projection.deadLetters(), projection.first()));
            return lettered.isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            log.error("Rebuild failed", e);
            return false;
        }
    }
}
