package org.evaltrack.websupport.database;

import java.util.Map;
import java.util.Objects;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Applies {@link EmbeddedDatabaseAccess} to the configured data source URL before anything opens it
 * (registered in META-INF/spring.factories, so it runs once the configuration files are read).
 */
public class EmbeddedDatabaseUrl implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("spring.datasource.url");
        String url = EmbeddedDatabaseAccess.url(configured,
                environment.getProperty(EmbeddedDatabaseAccess.LOCAL_ATTACH, Boolean.class, false));
        if (!Objects.equals(configured, url)) {
            environment.getPropertySources().addFirst(new MapPropertySource("evaltrack-embedded-database",
                    Map.of("spring.datasource.url", url)));
        }
    }
}
