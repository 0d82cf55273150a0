package org.evaltrack.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * The HTTP load runs call as a script would: with a personal bearer token, issued once over HTTP
 * Basic. A token is checked by its SHA-256 (a lookup), where Basic costs a BCrypt check on every
 * request; that check is measured on its own and reported next to the figures.
 */
final class BearerToken {

    private BearerToken() {
    }

    static String authorization(HttpClient client, int port, String user, String password) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String body = "{\"name\":\"benchmark\",\"expiresAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tokens"))
                .header("Authorization", basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("token for " + user + ": " + response.statusCode() + " " + response.body());
        }
        return "Bearer " + new ObjectMapper().readTree(response.body()).path("token").asText();
    }
}
