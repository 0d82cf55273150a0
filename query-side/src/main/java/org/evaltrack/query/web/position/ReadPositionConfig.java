package org.evaltrack.query.web.position;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.evaltrack.query.position.ReadSidePosition;
import org.evaltrack.query.web.QueryProblems;
import org.evaltrack.query.web.unit.CatchUpWaits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link ReadPositionFilter} after the security chain (Spring Security's filter runs at -100; this at the
 * default, last), so the reader is known when a wait takes its place. A configuration rather than a scanned
 * filter, so web-slice tests without the read side's Axon beans leave it out.
 */
@Configuration(proxyBeanMethods = false)
class ReadPositionConfig {

    @Bean
    FilterRegistrationBean<ReadPositionFilter> readPositionFilter(ReadSidePosition positions, ReadPositionWaits waits,
                                                                 QueryProblems problems, ObjectMapper objectMapper,
                                                                 @Value(CatchUpWaits.BOUND) Duration bound) {
        return new FilterRegistrationBean<>(new ReadPositionFilter(positions, waits, problems, objectMapper, bound));
    }
}
