package org.evaltrack.testsupport;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points the Spring test context of a {@link PostgresTest} class at that class's own schema.
 * The customizer is keyed by the test class, so no two classes share a cached context.
 */
public class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, PostgresTest.class)
                ? new SchemaPerClass(testClass)
                : null;
    }

    private record SchemaPerClass(Class<?> testClass) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var database = PostgresTestDatabase.forTestClass(testClass);
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("evaltrack-postgres-test", database.springProperties()));
        }
    }
}
