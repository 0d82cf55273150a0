package org.evaltrack.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's way in: the sign-in form, then the session cookie on every request, as the pages read. */
final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("EVALTRACK_SESSION=([^;]+)");

    private BrowserSession() {
    }

    /** The {@code Cookie} header of a signed-in session. */
    static String cookie(HttpClient client, int port, String user, String password) throws Exception {
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        String before = session(form);
        if (!csrf.find() || before == null) {
            throw new IllegalStateException("no sign-in form at /login: " + form.statusCode());
        }
        String body = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "EVALTRACK_SESSION=" + before)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String after = session(signedIn);
        if (signedIn.statusCode() != 302 || after == null) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + signedIn.statusCode());
        }
        return "EVALTRACK_SESSION=" + after;
    }

    private static String session(HttpResponse<?> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(cookie);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
