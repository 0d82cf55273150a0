package org.evaltrack.testsupport.launcher;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.evaltrack.kernel.unit.UnitRegistered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One handler in a command-side in-transaction group and one in a projection group (tests only). */
@Configuration(proxyBeanMethods = false)
public class LauncherProbes {

    public static final String PROJECTION_GROUP = "probe-projection";

    @Bean
    LookupProbe lookupProbe() {
        return new LookupProbe();
    }

    @Bean
    ProjectionProbe projectionProbe() {
        return new ProjectionProbe();
    }

    @ProcessingGroup("command-lookups")
    public static class LookupProbe {
        public final List<UnitRegistered> seen = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(UnitRegistered event) {
            seen.add(event);
        }
    }

    @ProcessingGroup(PROJECTION_GROUP)
    public static class ProjectionProbe {
        public final List<UnitRegistered> seen = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(UnitRegistered event) {
            seen.add(event);
        }
    }
}
