package org.evaltrack.launcher.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evaltrack.testsupport.PostgresTestDatabase;

/**
 * docker-compose.yml's default services without Docker: one command-side node, as many query-side nodes
 * as compose's replicas, each its side's executable jar with the service's environment, and nginx running
 * docker/nginx.conf in front of them, on the test's own PostgreSQL schema. Started in compose's order
 * (the query side waits for the command side, whose migrations create the event store; nginx for both).
 */
final class Topology implements AutoCloseable {

    static final String COMMAND = "command-side";
    static final String QUERY = "query-side";
    static final String NGINX = "nginx";
    /** Compose values the test replaces with this machine's: the database, and the shared evidence volume. */
    static final List<String> LOCAL_SETTINGS = List.of("EVALTRACK_DB_URL", "EVALTRACK_DB_USER", "EVALTRACK_DB_PASSWORD",
            "EVALTRACK_BLOBS_DIR");
    private static final String DEMO_LOADED = "================ Evaltrack demo ================";
    private static final String DEMO_FAILED = "Demo data could not be loaded";
    private static final Pattern EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)");
    private static final Duration START = Duration.ofSeconds(150);

    private final ComposeFile compose = ComposeFile.ofRepository();
    private final Path logs = Path.of("target", "topology").toAbsolutePath();
    private final List<SideNode> queryNodes = new ArrayList<>();
    private SideNode commandNode;
    private LocalNginx nginx;

    Topology start(PostgresTestDatabase database, Path blobs) throws IOException {
        Map<String, String> local = new LinkedHashMap<>();
        local.put("EVALTRACK_DB_URL", database.url());
        local.put("EVALTRACK_DB_USER", String.valueOf(database.springProperties().get("spring.datasource.username")));
        local.put("EVALTRACK_DB_PASSWORD", String.valueOf(database.springProperties().get("spring.datasource.password")));
        local.put("EVALTRACK_BLOBS_DIR", blobs.toAbsolutePath().toString());
        Map<String, List<String>> addresses = new LinkedHashMap<>();

        commandNode = SideNode.start(COMMAND + "-1", SideNode.executableJar(compose.root(), COMMAND),
                environment(COMMAND, local, addresses), logs).awaitStarted(START, DEMO_LOADED, DEMO_FAILED);
        addresses.put(COMMAND + ":" + containerPort(COMMAND), List.of(commandNode.address()));

        for (int i = 1; i <= compose.replicas(QUERY); i++) {
            queryNodes.add(SideNode.start(QUERY + "-" + i, SideNode.executableJar(compose.root(), QUERY),
                    environment(QUERY, local, addresses), logs));
        }
        queryNodes.forEach(node -> node.awaitStarted(START, null, null));
        addresses.put(QUERY + ":" + containerPort(QUERY), queryNodes.stream().map(SideNode::address).toList());

        nginx = LocalNginx.start(compose.root().resolve("docker").resolve("nginx.conf"), addresses, logs.resolve(NGINX));
        return this;
    }

    /**
     * The service's compose environment; the {@link #LOCAL_SETTINGS} this machine's, addresses of services
     * already started their local ones, and what only one machine needs: a port per node (compose gives
     * each container its own network), and small pools beside the rest of the build's tests.
     */
    Map<String, String> environment(String service, Map<String, String> local, Map<String, List<String>> addresses) {
        Map<String, String> environment = new LinkedHashMap<>(compose.environment(service));
        for (String key : LOCAL_SETTINGS) {
            if (!environment.containsKey(key)) {
                throw new IllegalStateException("docker-compose.yml gives " + service + " no " + key);
            }
            environment.put(key, local.get(key));
        }
        environment.replaceAll((key, value) -> {
            String replaced = value;
            for (var address : addresses.entrySet()) {
                replaced = replaced.replace("http://" + address.getKey(), "http://" + address.getValue().get(0));
            }
            return replaced;
        });
        environment.put("SERVER_PORT", "0");
        environment.put("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "6");
        return environment;
    }

    /** The port the service's image exposes (its Dockerfile), which nginx.conf's upstream names. */
    int containerPort(String service) {
        try {
            Matcher expose = EXPOSE.matcher(Files.readString(compose.dockerfile(service)));
            if (!expose.find()) {
                throw new IllegalStateException(compose.dockerfile(service) + " exposes no port");
            }
            return Integer.parseInt(expose.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ComposeFile compose() {
        return compose;
    }

    int port() {
        return nginx.port();
    }

    SideNode commandNode() {
        return commandNode;
    }

    List<SideNode> queryNodes() {
        return queryNodes;
    }

    @Override
    public void close() throws InterruptedException {
        if (nginx != null) {
            nginx.close();
        }
        for (SideNode node : queryNodes) {
            node.close();
        }
        if (commandNode != null) {
            commandNode.close();
        }
    }
}
