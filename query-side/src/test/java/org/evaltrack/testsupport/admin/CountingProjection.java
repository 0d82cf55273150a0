package org.evaltrack.testsupport.admin;

import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.evaltrack.testsupport.probe.ProbeNoted;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Counts its resets (tests of the rebuild run). */
@ProcessingGroup(CountingProjection.GROUP)
public class CountingProjection {
    public static final String GROUP = "probe-counting";
    public static final AtomicInteger RESETS = new AtomicInteger();

    @EventHandler
    void on(ProbeNoted event) {
        // only its reset matters here
    }

    @ResetHandler
    void reset() {
        RESETS.incrementAndGet();
    }

    @Configuration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        CountingProjection countingProjection() {
            return new CountingProjection();
        }
    }
}
