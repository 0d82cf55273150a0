package org.evaltrack.command.api;

import org.evaltrack.command.security.ActorProvider;
import org.evaltrack.command.web.ProblemFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link AccessBeforeBody} in front of every command handler, uploads included. */
@Configuration(proxyBeanMethods = false)
public class AccessBeforeBodyConfig implements WebMvcConfigurer {

    private final AccessBeforeBody access;

    public AccessBeforeBodyConfig(AccessBeforeBody access) {
        this.access = access;
    }

    @Bean
    static AccessBeforeBody accessBeforeBody(ActorProvider actors, AccessGuard guard, ObjectProvider<ProblemFactory> problems) {
        return new AccessBeforeBody(actors, guard, problems);
    }

    /**
     * Multipart bodies parsed when the handler asks for its parts, not before the dispatcher finds the
     * handler: so an upload, too, is refused by {@link AccessBeforeBody} unread. Sizes stay Spring Boot's
     * ({@code spring.servlet.multipart.*}).
     */
    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    static MultipartResolver multipartResolver() {
        StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();
        resolver.setResolveLazily(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(access).addPathPatterns("/api/**");
    }
}
