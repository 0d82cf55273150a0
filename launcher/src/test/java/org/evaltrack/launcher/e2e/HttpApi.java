package org.evaltrack.launcher.e2e;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A client of the running system over real HTTP, signed in with HTTP Basic as a given account
 * (null: anonymous). Every answer is kept whole, so a test can look at status, type and body.
 */
public final class HttpApi {

    public static final String PASSWORD = "demo12345";
    /** Scores keep their two decimals as sent (92.00 stays 92.00, not the double 92.0). */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HttpApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Answer get(String user, String path, String... headers) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    public Answer post(String user, String path, String json, String... headers) {
        return send(user, withJson(HttpRequest.newBuilder(uri(path)), json).POST(body(json)), headers);
    }

    public Answer put(String user, String path, String json, String... headers) {
        return send(user, withJson(HttpRequest.newBuilder(uri(path)), json).PUT(body(json)), headers);
    }

    /** multipart/form-data with one file part named "file" and the given text fields (repeatable). */
    public Answer upload(String user, String path, String fileName, String mediaType, byte[] content,
                  Map<String, List<String>> fields, String... headers) {
        String boundary = "----evaltrack-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (var field : fields.entrySet()) {
                for (String value : field.getValue()) {
                    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        return send(user, request, headers);
    }

    /** A GET whose answer is kept as bytes with every header: for file downloads. */
    Download download(String user, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(120));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any method with any bytes and any declared Content-Type (null: no body, or no header). */
    public Answer raw(String method, String user, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(user, request, headers);
    }

    private Answer send(String user, HttpRequest.Builder request, String... headers) {
        request.timeout(Duration.ofSeconds(120));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static HttpRequest.Builder withJson(HttpRequest.Builder request, String json) {
        return json == null ? request : request.header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    /** A downloaded file: status, headers (names in lower case) and the bytes as sent. */
    record Download(int status, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of()).stream().findFirst().orElse(null);
        }

        String contentType() {
            return String.valueOf(header("content-type"));
        }

        String contentDisposition() {
            return String.valueOf(header("content-disposition"));
        }

        Answer asText() {
            return asAnswer();
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + contentDisposition() + " (" + body.length + " bytes)";
        }

        Answer asAnswer() {
            return new Answer(status, String.valueOf(header("content-type")), new String(body, StandardCharsets.UTF_8),
                    java.net.http.HttpHeaders.of(headers, (name, value) -> true));
        }
    }

    /** One HTTP answer. */
    public record Answer(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        /** The "id" of a 201 answer. */
        public String id() {
            return json().path("id").asText();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
