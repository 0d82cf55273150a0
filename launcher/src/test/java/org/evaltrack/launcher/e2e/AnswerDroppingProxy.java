package org.evaltrack.launcher.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy for one request that passes it on to the server, reads the server's whole answer (so the
 * server has finished, committed included) and then drops the client's connection without a byte of it:
 * the client cannot tell whether its command ran. The answer it withheld is kept for the test.
 */
final class AnswerDroppingProxy implements AutoCloseable {

    private final ServerSocket listening;
    private final int serverPort;
    private final CompletableFuture<Withheld> withheld = new CompletableFuture<>();

    AnswerDroppingProxy(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread relay = new Thread(this::relayOnce, "answer-dropping-proxy");
        relay.setDaemon(true);
        relay.start();
    }

    /**
     * Sends a JSON request through the proxy, signed in with HTTP Basic, and returns what the client
     * received: nothing, when the proxy did its job.
     */
    byte[] send(String method, String user, String path, String json, String... headers) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(serverPort).append("\r\n")
                .append("Authorization: Basic ").append(Base64.getEncoder().encodeToString(
                        (user + ":" + HttpApi.PASSWORD).getBytes(StandardCharsets.UTF_8))).append("\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                // the server closes after its answer, so the proxy knows when it has all of it
                .append("Connection: close\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listening.getLocalPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            try {
                return socket.getInputStream().readAllBytes();
            } catch (SocketException reset) {
                return new byte[0];
            }
        }
    }

    /** The server's answer the client never got. */
    Withheld withheld() throws Exception {
        return withheld.get(60, TimeUnit.SECONDS);
    }

    private void relayOnce() {
        try (Socket client = listening.accept();
             Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort)) {
            Thread upstream = new Thread(() -> {
                try {
                    client.getInputStream().transferTo(server.getOutputStream());
                } catch (IOException closed) {
                    // the proxy closed the client: nothing more to pass on
                }
            }, "answer-dropping-proxy-upstream");
            upstream.setDaemon(true);
            upstream.start();
            byte[] answer = server.getInputStream().readAllBytes();
            // a reset rather than an orderly close: the connection is lost, not finished
            client.setSoLinger(true, 0);
            withheld.complete(Withheld.parse(answer));
        } catch (IOException | RuntimeException failure) {
            withheld.completeExceptionally(failure);
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
    }

    /** Status, headers (names in lower case) and body of an HTTP/1.1 answer, plain or chunked. */
    record Withheld(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        static Withheld parse(byte[] raw) throws IOException {
            String all = new String(raw, StandardCharsets.ISO_8859_1);
            int end = all.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IOException("no complete answer from the server: " + all);
            }
            String[] lines = all.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
            byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? dechunk(rest) : rest;
            return new Withheld(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] dechunk(byte[] chunked) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            InputStream in = new java.io.ByteArrayInputStream(chunked);
            while (true) {
                StringBuilder size = new StringBuilder();
                for (int c = in.read(); c != '\n'; c = in.read()) {
                    if (c < 0) {
                        throw new IOException("chunked answer cut short");
                    }
                    size.append((char) c);
                }
                int length = Integer.parseInt(size.toString().trim().split(";")[0], 16);
                if (length == 0) {
                    return body.toByteArray();
                }
                body.write(in.readNBytes(length));
                in.readNBytes(2);
            }
        }
    }
}
