package org.evaltrack.query;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the query side's packages for JPA entity scanning, so the read models are found
 * whichever application class (query-side's own or the launcher's) boots the context.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage(basePackages = "org.evaltrack.query")
public class QuerySideJpaPackages {
}
