package org.evaltrack.launcher;

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
 * Zero-setup run: command side and query side in one Spring context on port 8080, on the embedded
 * H2 database by default. Wiring only.
 * <p>
 * Scans both sides but not their own application classes (each would scan its side again).
 * {@code @AutoConfigurationPackage} makes JPA entity scanning and Spring Data repositories cover
 * both sides; Axon adds its own entity packages to the same list.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackages = {"org.evaltrack.command", "org.evaltrack.query"})
@ComponentScan(
        basePackages = {"org.evaltrack.launcher", "org.evaltrack.command", "org.evaltrack.query"},
        excludeFilters = {
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                        classes = {CommandSideApplication.class, QuerySideApplication.class})})
public class EvaltrackApplication {

    public static void main(String[] args) {
        run(args);
    }

    /** Separate from main() so a test can start the real entry point and close it again. */
    public static ConfigurableApplicationContext run(String... args) {
        // Axon reads these as JVM system properties, some before Spring's environment exists.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        return SpringApplication.run(EvaltrackApplication.class, args);
    }
}
