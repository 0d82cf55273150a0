package org.evaltrack.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The command side on its own (port 8081 by default): aggregates, command API, event store. */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        run(args);
    }

    /** Separate from main() so a test can start the real entry point and close it again. */
    public static ConfigurableApplicationContext run(String... args) {
        // Axon reads these as JVM system properties, some before Spring's environment exists.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        return SpringApplication.run(CommandSideApplication.class, args);
    }
}
