package org.evaltrack.command.web.limit;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.evaltrack.kernel.limit.NumberLimit;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies never carry a number literal longer than the kernel reads; Jackson refuses longer
 * ones while parsing, before a BigDecimal of a thousand digits exists. Exponents are judged by
 * {@link NumberLimit} and the Score type, which never write a number out in full.
 */
@Configuration(proxyBeanMethods = false)
public class NumberReadingConfig {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer numberLiteralLimit() {
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNumberLength(NumberLimit.MAX_LITERAL_CHARS).build()));
    }
}
