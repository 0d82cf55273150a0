package org.evaltrack.command.web;

import org.evaltrack.command.CommandSideApplication;
import org.evaltrack.testsupport.web.ErrorAnswersScenario;
import org.springframework.context.ConfigurableApplicationContext;

/** Tomcat's refusals as the command side answers them on its own. */
class CommandSideErrorAnswersTest extends ErrorAnswersScenario {

    @Override
    protected ConfigurableApplicationContext start(String... args) {
        return CommandSideApplication.run(args);
    }
}
