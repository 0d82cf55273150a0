package org.evaltrack.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A test class that runs against the real PostgreSQL (system property {@code evaltrack.pg.url},
 * default jdbc:postgresql://127.0.0.1:5432/evaltrack_test, user postgres).
 * <ul>
 * <li>The database is created if missing; the class gets its own new, empty schema, so classes
 *     never see each other's rows (nor those of a concurrent build on the same server).</li>
 * <li>A Spring test context of the class is pointed at that schema; contexts started by hand take
 *     their settings from a {@link PostgresTestDatabase} parameter.</li>
 * <li>PostgreSQL unreachable: the class is skipped with "PostgreSQL tests SKIPPED: ...", or fails
 *     when {@code evaltrack.pg.required=true} (CI).</li>
 * </ul>
 * The context is closed after the class: each holds a connection pool and running processors.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresTestExtension.class)
@ContextCustomizerFactories(PostgresContextCustomizerFactory.class)
@DirtiesContext
public @interface PostgresTest {
}
