package org.evaltrack.testsupport.admin;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.evaltrack.testsupport.probe.ProbeNoted;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test projections that write a read-model row (table probe_row) and may fail after writing it.
 * Outside org.evaltrack.query so that no query-side component scan picks them up.
 */
@Configuration(proxyBeanMethods = false)
public class WritingProbes {

    public static final String BLOCKING = "probe-writing-blocking";
    public static final String DEAD_LETTERED = "probe-writing-dead-lettered";
    public static final String BLOCKING_OPT_OUT = "--axon.eventhandling.processors." + BLOCKING + ".dlq.enabled=false";
    public static final String TABLE = "create table probe_row (grp varchar(64) not null, n integer not null, primary key (grp, n))";

    @Bean
    Blocking blockingWriter(JdbcTemplate jdbc) {
        return new Blocking(jdbc);
    }

    @Bean
    DeadLettered deadLetteredWriter(JdbcTemplate jdbc) {
        return new DeadLettered(jdbc);
    }

    public abstract static class Writer {
        public final Set<Integer> failOn = ConcurrentHashMap.newKeySet();
        /** Calls per number, rolled back or not. */
        public final Map<Integer, Integer> attempts = new ConcurrentHashMap<>();
        private final JdbcTemplate jdbc;
        private final String group;

        Writer(JdbcTemplate jdbc, String group) {
            this.jdbc = jdbc;
            this.group = group;
        }

        @EventHandler
        void on(ProbeNoted event) {
            attempts.merge(event.n(), 1, Integer::sum);
            jdbc.update("insert into probe_row (grp, n) values (?, ?)", group, event.n());
            if (failOn.contains(event.n())) {
                throw new IllegalStateException("failing after the write of " + event.n());
            }
        }

        @ResetHandler
        void reset() {
            jdbc.update("delete from probe_row where grp = ?", group);
        }
    }

    @ProcessingGroup(BLOCKING)
    public static class Blocking extends Writer {
        Blocking(JdbcTemplate jdbc) {
            super(jdbc, BLOCKING);
        }
    }

    @ProcessingGroup(DEAD_LETTERED)
    public static class DeadLettered extends Writer {
        DeadLettered(JdbcTemplate jdbc) {
            super(jdbc, DEAD_LETTERED);
        }
    }
}
