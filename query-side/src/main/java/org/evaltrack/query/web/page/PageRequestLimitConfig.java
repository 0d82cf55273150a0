package org.evaltrack.query.web.page;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link PageRequestsPerSession} ahead of Spring Session, so a refused read costs no database work. */
@Configuration(proxyBeanMethods = false)
class PageRequestLimitConfig {

    /** Spring Session's repository filter runs at HIGHEST_PRECEDENCE + 50. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 40;

    @Bean
    FilterRegistrationBean<PageRequestsPerSession> pageRequestsPerSession(
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        FilterRegistrationBean<PageRequestsPerSession> registration =
                new FilterRegistrationBean<>(new PageRequestsPerSession(sessionCookie, PageRequestsPerSession.LIMIT));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
