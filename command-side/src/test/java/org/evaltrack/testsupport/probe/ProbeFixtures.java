package org.evaltrack.testsupport.probe;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Adds the probe aggregate and its lookup handler to a command-side context (tests only). */
@Configuration(proxyBeanMethods = false)
@Import(ProbeAggregate.class)
public class ProbeFixtures {

    @Bean
    ProbeLookup probeLookup() {
        return new ProbeLookup();
    }
}
