package org.evaltrack.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The query side on its own (port 8082 by default): projections, queries, GET endpoints, pages. */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        run(args);
    }

    /** Separate from main() so a test can start the real entry point and close it again. */
    public static ConfigurableApplicationContext run(String... args) {
        // Axon reads these as JVM system properties, some before Spring's environment exists.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        return SpringApplication.run(QuerySideApplication.class, args);
    }
}
