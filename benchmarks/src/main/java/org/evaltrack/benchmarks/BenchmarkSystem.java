package org.evaltrack.benchmarks;

import org.evaltrack.command.CommandSideApplication;
import org.evaltrack.query.QuerySideApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The system under measurement: command side and query side in one Spring context, wired as the
 * launcher wires them (the launcher's jar is a Boot fat jar and cannot be a dependency).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackages = {"org.evaltrack.command", "org.evaltrack.query"})
@ComponentScan(
        basePackages = {"org.evaltrack.command", "org.evaltrack.query"},
        excludeFilters = {
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                        classes = {CommandSideApplication.class, QuerySideApplication.class})})
public class BenchmarkSystem {

    public static ConfigurableApplicationContext start(String... args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication application = new SpringApplication(BenchmarkSystem.class);
        application.setLogStartupInfo(false);
        return application.run(args);
    }
}
