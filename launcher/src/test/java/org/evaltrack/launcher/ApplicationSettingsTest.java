package org.evaltrack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.UrlResource;

/**
 * The launcher's application.yml shadows the two sides' files (only the first application.yml on
 * the classpath is read), so it repeats their settings. This keeps the three in step.
 */
class ApplicationSettingsTest {

    /**
     * Settings (or prefixes) each application chooses for itself: whether to load the demo case is one, the
     * command node's API group another (the launcher's comes from the query side's ApiDocumentation).
     */
    private static final List<String> PER_APPLICATION = List.of("server.port", "spring.application.name", "evaltrack.demo.",
            "springdoc.");

    @Test
    void launcherUsesTheSameSettingsAsEachSideApartFromPortAndName() throws IOException {
        List<URL> files = Collections.list(getClass().getClassLoader().getResources("application.yml"));
        assertThat(files).hasSize(3);
        Map<String, Object> launcher = settings(files.get(0));
        assertThat(files.get(0).toString()).contains("launcher");
        for (URL side : files.subList(1, 3)) {
            assertThat(settings(side)).as(side.toString()).isEqualTo(launcher);
        }
    }

    @Test
    void eachApplicationHasItsOwnPort() throws IOException {
        List<URL> files = Collections.list(getClass().getClassLoader().getResources("application.yml"));
        assertThat(files).extracting(this::port).containsExactlyInAnyOrder("8080", "8081", "8082");
    }

    private String port(URL file) {
        try {
            return String.valueOf(load(file).get(0).getProperty("server.port"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> settings(URL file) throws IOException {
        Map<String, Object> all = new TreeMap<>();
        List<PropertySource<?>> documents = load(file);
        for (int i = 0; i < documents.size(); i++) {
            var document = (EnumerablePropertySource<?>) documents.get(i);
            for (String name : document.getPropertyNames()) {
                if (PER_APPLICATION.stream().noneMatch(name::startsWith)) {
                    all.put(i + ":" + name, String.valueOf(document.getProperty(name)));
                }
            }
        }
        return all;
    }

    private static List<PropertySource<?>> load(URL file) throws IOException {
        return new YamlPropertySourceLoader().load(file.toString(), new UrlResource(file));
    }
}
