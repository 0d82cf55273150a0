package org.evaltrack.launcher.topology;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The repository's docker-compose.yml as data: each service's environment (with {@code ${VAR:-default}}
 * resolved to its default, as compose does when nothing is set), replicas, volumes and published ports.
 * The topology test starts its processes from this, so what it runs and what compose runs cannot drift.
 */
final class ComposeFile {

    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::-([^}]*))?}");

    private final Path root;
    private final Map<String, Map<String, Object>> services;

    private ComposeFile(Path root, Map<String, Map<String, Object>> services) {
        this.root = root;
        this.services = services;
    }

    /** The repository's compose file; the tests run with the module directory as working directory. */
    static ComposeFile ofRepository() {
        Path root = RepositoryRoot.find();
        try (Reader reader = Files.newBufferedReader(root.resolve("docker-compose.yml"), StandardCharsets.UTF_8)) {
            Map<String, Object> document = new Yaml().load(reader);
            return new ComposeFile(root, cast(document.get("services")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    List<String> services() {
        return List.copyOf(services.keySet());
    }

    /** Services started by a plain {@code docker compose up} (no profile). */
    List<String> defaultServices() {
        return services.entrySet().stream().filter(entry -> !entry.getValue().containsKey("profiles"))
                .map(Map.Entry::getKey).toList();
    }

    Map<String, Object> service(String name) {
        Map<String, Object> service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("docker-compose.yml has no service " + name);
        }
        return service;
    }

    /** The service's environment with every {@code ${VAR:-default}} replaced by its default. */
    Map<String, String> environment(String name) {
        Map<String, Object> raw = cast(service(name).getOrDefault("environment", Map.of()));
        Map<String, String> resolved = new LinkedHashMap<>();
        raw.forEach((key, value) -> resolved.put(key, resolve(String.valueOf(value))));
        return resolved;
    }

    int replicas(String name) {
        Map<String, Object> deploy = cast(service(name).getOrDefault("deploy", Map.of()));
        return ((Number) deploy.getOrDefault("replicas", 1)).intValue();
    }

    @SuppressWarnings("unchecked")
    List<String> list(String name, String key) {
        return ((List<Object>) service(name).getOrDefault(key, List.of())).stream().map(String::valueOf).toList();
    }

    /** The build context's Dockerfile of a service built here. */
    Path dockerfile(String name) {
        Map<String, Object> build = cast(service(name).get("build"));
        return root.resolve(String.valueOf(build.get("context"))).resolve("Dockerfile").normalize();
    }

    /** The services a service waits for, with their condition. */
    Map<String, String> dependsOn(String name) {
        Map<String, Object> raw = cast(service(name).getOrDefault("depends_on", Map.of()));
        Map<String, String> conditions = new LinkedHashMap<>();
        raw.forEach((service, condition) -> conditions.put(service, String.valueOf(((Map<?, ?>) condition).get("condition"))));
        return conditions;
    }

    static String resolve(String value) {
        Matcher matcher = DEFAULTED.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(2) == null ? "" : matcher.group(2)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> cast(Object value) {
        return (Map<String, T>) value;
    }
}
