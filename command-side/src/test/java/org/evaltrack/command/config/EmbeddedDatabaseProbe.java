package org.evaltrack.command.config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.evaltrack.websupport.database.EmbeddedDatabaseAccess;
import org.evaltrack.websupport.database.EmbeddedDatabaseUrl;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Run as its own JVM by {@link EmbeddedDatabaseAccessTest}: opens the embedded database the way the
 * application does (the URL as {@link EmbeddedDatabaseUrl} leaves it), writes a row, says READY and
 * holds the database open until its standard input closes.
 */
public final class EmbeddedDatabaseProbe {

    private EmbeddedDatabaseProbe() {
    }

    public static void main(String[] args) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("probe",
                Map.of("spring.datasource.url", args[0], EmbeddedDatabaseAccess.LOCAL_ATTACH, args[1])));
        new EmbeddedDatabaseUrl().postProcessEnvironment(environment, null);
        try (Connection connection = DriverManager.getConnection(environment.getProperty("spring.datasource.url"), "sa", "")) {
            connection.createStatement().execute("create table probe (answer int)");
            connection.createStatement().execute("insert into probe values (42)");
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // held open until the test closes our input
            }
        }
    }
}
