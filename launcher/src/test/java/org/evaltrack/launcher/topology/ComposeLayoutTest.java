package org.evaltrack.launcher.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml, the Dockerfiles and docker/nginx.conf agree with each other and with what
 * {@link TopologyPostgresTest} runs: the same services, ports, environment and upstreams. The topology test
 * takes its processes' environment and nginx's configuration from these files; this test says the files
 * describe one system. Needs neither Docker nor PostgreSQL nor nginx.
 */
class ComposeLayoutTest {

    private final ComposeFile compose = ComposeFile.ofRepository();
    private final Topology topology = new Topology();

    @Test
    void composeStartsWhatTheTopologyTestRuns() {
        assertThat(compose.defaultServices())
                .containsExactlyInAnyOrder("postgres", Topology.COMMAND, Topology.QUERY, Topology.NGINX);
        assertThat(compose.replicas(Topology.COMMAND)).isEqualTo(1);
        assertThat(compose.replicas(Topology.QUERY)).as("query replicas, each a node of its own in the test").isEqualTo(2);
        assertThat(compose.dependsOn(Topology.QUERY)).containsEntry(Topology.COMMAND, "service_healthy");
        assertThat(compose.dependsOn(Topology.NGINX))
                .containsEntry(Topology.COMMAND, "service_healthy").containsEntry(Topology.QUERY, "service_healthy");
    }

    @Test
    void nginxSendsToTheSidesOnThePortsTheirImagesExposeAndTheirApplicationsListenOn() throws IOException {
        String nginx = Files.readString(compose.root().resolve("docker/nginx.conf"));
        int command = topology.containerPort(Topology.COMMAND);
        int query = topology.containerPort(Topology.QUERY);

        assertThat(LocalNginx.upstreamServers(nginx))
                .containsExactlyInAnyOrder(Topology.COMMAND + ":" + command, Topology.QUERY + ":" + query);
        assertThat(applicationPort("command-side")).isEqualTo(command);
        assertThat(applicationPort("query-side")).isEqualTo(query);
        assertThat(compose.list(Topology.NGINX, "ports")).containsExactly(LocalNginx.listenPort(nginx) + ":" + LocalNginx.listenPort(nginx));
        assertThat(compose.list(Topology.NGINX, "volumes")).containsExactly("./docker/nginx.conf:/etc/nginx/conf.d/default.conf:ro");
    }

    @Test
    void renderingForOneMachineReplacesEveryUpstreamAndTheListenPort() throws IOException {
        String nginx = Files.readString(compose.root().resolve("docker/nginx.conf"));
        String local = LocalNginx.render(nginx, Map.of(
                Topology.COMMAND + ":" + topology.containerPort(Topology.COMMAND), List.of("127.0.0.1:1001"),
                Topology.QUERY + ":" + topology.containerPort(Topology.QUERY), List.of("127.0.0.1:1002", "127.0.0.1:1003")), 1000);

        assertThat(LocalNginx.upstreamServers(local)).containsExactly("127.0.0.1:1002", "127.0.0.1:1003", "127.0.0.1:1001");
        assertThat(local).contains("listen 127.0.0.1:1000;").doesNotContain(Topology.COMMAND + ":", Topology.QUERY + ":");
        // everything else is the file as compose mounts it
        assertThat(local.replaceAll("(?m)^\\s*(server 127\\.0\\.0\\.1:\\d+;|listen .*;)\\n", ""))
                .isEqualTo(nginx.replaceAll("(?m)^\\s*(server [a-z-]+:\\d+;|listen .*;)\\n", ""));
    }

    @Test
    void bothSidesHaveTheSettingsTheTestReplacesAndShareTheDatabaseAndTheEvidence() {
        Map<String, String> database = compose.environment("postgres");
        for (String side : List.of(Topology.COMMAND, Topology.QUERY)) {
            Map<String, String> environment = compose.environment(side);
            assertThat(environment).as(side).containsKeys(Topology.LOCAL_SETTINGS.toArray(String[]::new));
            assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
            assertThat(environment.get("EVALTRACK_DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + database.get("POSTGRES_DB"));
            assertThat(environment.get("EVALTRACK_DB_USER")).isEqualTo(database.get("POSTGRES_USER"));
            assertThat(environment.get("EVALTRACK_DB_PASSWORD")).isEqualTo(database.get("POSTGRES_PASSWORD"));
            assertThat(compose.list(side, "volumes")).as(side)
                    .anyMatch(volume -> volume.startsWith("evidence-blobs:" + environment.get("EVALTRACK_BLOBS_DIR")));
        }
        assertThat(compose.list(Topology.QUERY, "volumes")).contains("evidence-blobs:/data/blobs:ro");
        assertThat(compose.environment(Topology.COMMAND)).containsEntry("EVALTRACK_DEMO_ENABLED", "true");
        assertThat(compose.environment(Topology.QUERY))
                .containsEntry("EVALTRACK_API_DOCS_COMMAND_SIDE", "http://" + Topology.COMMAND + ":" + topology.containerPort(Topology.COMMAND));
    }

    @Test
    void eachImageRunsTheJarTheTopologyTestRuns() throws IOException {
        for (String side : List.of(Topology.COMMAND, Topology.QUERY)) {
            assertThat(Files.readString(compose.dockerfile(side))).as(side).contains("COPY target/" + side + "-*-exec.jar ");
        }
    }

    private int applicationPort(String module) throws IOException {
        Path yml = compose.root().resolve(module).resolve("src/main/resources/application.yml");
        // the first document: the settings every profile shares
        Map<?, ?> settings = (Map<?, ?>) new org.yaml.snakeyaml.Yaml().loadAll(Files.readString(yml)).iterator().next();
        return (Integer) ((Map<?, ?>) settings.get("server")).get("port");
    }
}
