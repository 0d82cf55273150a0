package org.evaltrack.command.api;

import org.evaltrack.command.security.ActorProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link AccessBeforeBody} in front of every command handler. */
@Configuration(proxyBeanMethods = false)
public class AccessBeforeBodyConfig implements WebMvcConfigurer {

    private final AccessBeforeBody access;

    public AccessBeforeBodyConfig(AccessBeforeBody access) {
        this.access = access;
    }

    @Bean
    static AccessBeforeBody accessBeforeBody(ActorProvider actors, AccessGuard guard) {
        return new AccessBeforeBody(actors, guard);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(access).addPathPatterns("/api/**");
    }
}
