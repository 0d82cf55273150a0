package org.evaltrack.testsupport.probe;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the probe projections to a query-side context (tests only). */
@Configuration(proxyBeanMethods = false)
public class ProbeProjections {

    @Bean
    DeadLetteredProjection deadLetteredProjection() {
        return new DeadLetteredProjection();
    }

    @Bean
    BlockingProjection blockingProjection() {
        return new BlockingProjection();
    }

    @Bean
    KernelEventsProjection kernelEventsProjection() {
        return new KernelEventsProjection();
    }
}
