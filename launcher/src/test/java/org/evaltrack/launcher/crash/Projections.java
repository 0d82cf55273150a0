package org.evaltrack.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.evaltrack.launcher.ReadModelDump;
import org.evaltrack.launcher.e2e.HttpApi;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Projections of a running launcher seen from outside: their status over the admin endpoint and
 * their tables over JDBC. The proof that nothing was applied twice or skipped: the live read
 * models, row by row, equal what a rebuild from the events gives.
 */
final class Projections {

    private final Supplier<HttpApi> http;
    private final DriverManagerDataSource dataSource;

    /** Over a launcher running on the test class's own PostgreSQL schema. */
    static Projections of(Supplier<HttpApi> http, org.evaltrack.testsupport.PostgresTestDatabase database) {
        var properties = database.springProperties();
        return new Projections(http, database.url(), String.valueOf(properties.get("spring.datasource.username")),
                String.valueOf(properties.get("spring.datasource.password")));
    }

    Projections(Supplier<HttpApi> http, String url, String user, String password) {
        this.http = http;
        this.dataSource = new DriverManagerDataSource(url, user, password);
    }

    /** Every projection caught up: its tokens at the head of the store and no dead letter, polled over HTTP. */
    void awaitCaughtUp(Duration patience) {
        await(patience, "caughtUp");
    }

    /** Every projection's tokens at the head of the store, dead letters or not. */
    void awaitAtHead(Duration patience) {
        await(patience, "atHead");
    }

    private void await(Duration patience, String field) {
        long deadline = System.nanoTime() + patience.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpApi.Answer answer = http.get().get("office", "/api/projections");
                last = answer.toString();
                if (answer.status() == 200 && answer.json().size() > 0 && all(answer.json(), field)) {
                    return;
                }
            } catch (RuntimeException unreachable) {
                last = unreachable.toString();
            }
            LauncherProcess.pause(Duration.ofMillis(300));
        }
        throw new AssertionError("projections not " + field + " within " + patience + ": " + last);
    }

    private static boolean all(JsonNode statuses, String field) {
        for (JsonNode status : statuses) {
            if (!status.path(field).asBoolean(false)) {
                return false;
            }
        }
        return true;
    }

    long deadLetters() {
        long total = 0;
        for (JsonNode status : http.get().get("office", "/api/projections").json()) {
            total += status.path("deadLetters").asLong();
        }
        return total;
    }

    /** Why each dead letter failed, per group: what a failing run must print to be fixed. */
    String deadLetterCauses() {
        StringBuilder causes = new StringBuilder();
        for (JsonNode status : http.get().get("office", "/api/projections").json()) {
            if (status.path("deadLetters").asLong() == 0) {
                continue;
            }
            String group = status.path("group").asText();
            JsonNode report = http.get().get("office", "/api/projections/" + group + "/dead-letters").json();
            for (JsonNode letter : report.path("letters")) {
                causes.append('\n').append(group).append(' ').append(letter.path("eventType").asText())
                        .append(": ").append(letter.path("causeType").asText())
                        .append(' ').append(letter.path("causeMessage").asText());
            }
        }
        return causes.toString();
    }

    Map<String, List<List<String>>> dump() throws SQLException {
        return ReadModelDump.of(dataSource);
    }

    /** Dumps the live read models, rebuilds every projection from the events, and expects the same rows. */
    void assertEqualToARebuild(Duration patience) throws SQLException {
        awaitCaughtUp(patience);
        assertThat(deadLetters()).as("dead letters: %s", deadLetterCauses()).isZero();
        Map<String, List<List<String>>> live = dump();
        assertThat(live).containsKeys("totals_item", "trail_entry");

        HttpApi.Answer rebuild = http.get().post("office", "/api/projections/rebuild", null);
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        awaitCaughtUp(patience);

        Map<String, List<List<String>>> rebuilt = dump();
        assertThat(rebuilt.keySet()).isEqualTo(live.keySet());
        Map<String, String> differences = new java.util.TreeMap<>();
        for (String table : live.keySet()) {
            List<List<String>> onlyLive = new java.util.ArrayList<>(live.get(table));
            rebuilt.get(table).forEach(onlyLive::remove);
            List<List<String>> onlyRebuilt = new java.util.ArrayList<>(rebuilt.get(table));
            live.get(table).forEach(onlyRebuilt::remove);
            if (!onlyLive.isEmpty() || !onlyRebuilt.isEmpty()) {
                differences.put(table, "only live: " + onlyLive + "\n  only rebuilt: " + onlyRebuilt);
            }
        }
        assertThat(differences).as("read models that differ from a rebuild from the events").isEmpty();
    }
}
