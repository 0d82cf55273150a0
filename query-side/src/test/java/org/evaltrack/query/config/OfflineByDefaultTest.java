package org.evaltrack.query.config;

import org.evaltrack.query.QuerySideApplication;
import org.evaltrack.testsupport.offline.OfflineByDefaultScenario;
import org.springframework.context.ConfigurableApplicationContext;

/** AXON-NOTES 5 and 6 for the query side: offline by default when started through QuerySideApplication. */
class OfflineByDefaultTest extends OfflineByDefaultScenario {

    @Override
    protected ConfigurableApplicationContext start(String... args) {
        return QuerySideApplication.run(args);
    }
}
