package org.evaltrack.websupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Like {@link CommandWebTest}, on PostgreSQL: skipped when the database is unreachable, unless
 * evaltrack.pg.required=true (CI), where an unreachable database fails the run instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(classes = {CommandWebTestApplication.class, CleanPostgresSchema.class})
@AutoConfigureMockMvc
@TestPropertySource(locations = {"classpath:web-test.properties", "classpath:web-test-postgres.properties"})
public @interface CommandWebPostgresTest {
}
