package org.evaltrack.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests as a careless or hostile client writes them, byte for byte (a NUL in the path, an oversized
 * header), which java.net.http refuses to send. Loopback only; one request per connection.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** @param requestTarget sent exactly as given, unencoded */
    public static Answer get(int port, String requestTarget, String... headerLines) throws IOException {
        StringBuilder request = new StringBuilder("GET ").append(requestTarget).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\nConnection: close\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return Answer.of(all.toString(StandardCharsets.UTF_8));
        }
    }

    public record Answer(int status, String headers, String body) {

        static Answer of(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            String body = end < 0 ? "" : raw.substring(end + 4);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            return new Answer(Integer.parseInt(statusLine[1]), head, body);
        }

        public String contentType() {
            for (String line : headers.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    return line.substring("content-type:".length()).trim();
                }
            }
            return "";
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body;
        }
    }
}
