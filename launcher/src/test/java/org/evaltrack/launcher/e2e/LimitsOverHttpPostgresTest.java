package org.evaltrack.launcher.e2e;

import java.io.IOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;

/** The limits property test on PostgreSQL, where NUL and narrow columns once froze the read models. */
@PostgresTest
class LimitsOverHttpPostgresTest extends LimitsOverHttp {

    private final RunningSystem system;

    LimitsOverHttpPostgresTest(PostgresTestDatabase database) throws IOException {
        this.system = new RunningSystem(database, Files.createTempDirectory("evaltrack-limits"));
    }

    @Override
    HttpApi startSystem() {
        return system.start().http();
    }

    @Override
    DataSource dataSource() {
        return system.bean(DataSource.class);
    }

    @Override
    void stopSystem() {
        system.close();
    }
}
