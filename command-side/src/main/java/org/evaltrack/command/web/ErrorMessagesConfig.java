package org.evaltrack.command.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Error texts get their own message source so they do not depend on (or fight over) the
 * application-wide {@code messageSource} the other modules configure.
 */
@Configuration(proxyBeanMethods = false)
public class ErrorMessagesConfig {

    public static final String BASENAME = "messages/errors";

    @Bean
    public MessageSource errorMessageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(BASENAME);
        source.setDefaultEncoding("UTF-8");
        // otherwise an English request on a Chinese-locale server would get the zh_CN bundle
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }
}
