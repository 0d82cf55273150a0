package org.evaltrack.command.config;

import org.evaltrack.command.CommandSideApplication;
import org.evaltrack.testsupport.offline.OfflineByDefaultScenario;
import org.springframework.context.ConfigurableApplicationContext;

/** AXON-NOTES 5 and 6 for the command side: offline by default when started through CommandSideApplication. */
class OfflineByDefaultTest extends OfflineByDefaultScenario {

    @Override
    protected ConfigurableApplicationContext start(String... args) {
        return CommandSideApplication.run(args);
    }
}
