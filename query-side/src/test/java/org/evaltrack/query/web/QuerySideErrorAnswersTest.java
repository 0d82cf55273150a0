package org.evaltrack.query.web;

import org.evaltrack.query.QuerySideApplication;
import org.evaltrack.testsupport.web.ErrorAnswersScenario;
import org.springframework.context.ConfigurableApplicationContext;

/** Tomcat's refusals as the query side answers them on its own. */
class QuerySideErrorAnswersTest extends ErrorAnswersScenario {

    @Override
    protected ConfigurableApplicationContext start(String... args) {
        return QuerySideApplication.run(args);
    }
}
