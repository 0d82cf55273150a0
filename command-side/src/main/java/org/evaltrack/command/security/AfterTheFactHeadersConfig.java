package org.evaltrack.command.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link AfterTheFactHeaders} in front of every command handler. */
@Configuration(proxyBeanMethods = false)
public class AfterTheFactHeadersConfig implements WebMvcConfigurer {

    private final ActorProvider actors;

    public AfterTheFactHeadersConfig(ActorProvider actors) {
        this.actors = actors;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AfterTheFactHeaders(actors)).addPathPatterns("/api/**");
    }
}
