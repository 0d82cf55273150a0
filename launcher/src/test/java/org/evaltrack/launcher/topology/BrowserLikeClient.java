package org.evaltrack.launcher.topology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser does through nginx: keeps the session cookie, signs in with the HTML form (its CSRF
 * field), and sends commands as the page scripts do, with the CSRF token and header name the layout's
 * meta tags give.
 */
final class BrowserLikeClient {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern META_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private String csrfHeader;
    private String csrfToken;

    BrowserLikeClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** The login form, posted; answers the sign-in's redirect. */
    HttpResponse<String> signIn(String username, String password) {
        Matcher token = FORM_TOKEN.matcher(get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF field on the login page");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
    }

    /** Reads the CSRF token a signed-in page carries for its scripts. */
    void openPage(String path) {
        String page = get(path).body();
        Matcher token = META_TOKEN.matcher(page);
        Matcher header = META_HEADER.matcher(page);
        if (!token.find() || !header.find()) {
            throw new IllegalStateException("no CSRF meta tags on " + path);
        }
        csrfToken = token.group(1);
        csrfHeader = header.group(1);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String path, String... headers) {
        return send(request(path, headers).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> putJson(String path, String json) {
        return send(withCsrf(request(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
    }

    /** multipart/form-data with one file part "file" and one text field, as the evidence form sends. */
    HttpResponse<String> upload(String path, String fileName, byte[] content, String field, String value) {
        String boundary = "----evaltrack-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(withCsrf(request(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
        if (csrfToken == null) {
            throw new IllegalStateException("open a page first: commands carry its CSRF token");
        }
        return request.header(csrfHeader, csrfToken);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
