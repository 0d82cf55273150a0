package org.evaltrack.websupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** One shared context (H2 in memory, Flyway, Axon with an in-memory event store, the real security chain). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CommandWebTestApplication.class)
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:web-test.properties")
public @interface CommandWebTest {
}
