package org.evaltrack.launcher.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx running the repository's docker/nginx.conf outside a container. The file is the one
 * source: only its upstream servers ({@code service:port}, compose's names) become this machine's
 * addresses and its {@code listen} a free local port. The main configuration around it (what the nginx
 * image's own nginx.conf does: pid, logs, temporary files, {@code include} of the server file) keeps
 * everything in one directory of the build, so nginx needs no root-only path; as root its workers run
 * as root too, since that directory may sit in root's home (mode 700).
 */
final class LocalNginx implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("evaltrack.nginx", "/usr/sbin/nginx"));
    private static final Pattern UPSTREAM_SERVER = Pattern.compile("(?m)^(\\s*)server\\s+([A-Za-z0-9_.-]+):(\\d+)\\s*;");
    private static final Pattern LISTEN = Pattern.compile("(?m)^(\\s*)listen\\s+(\\d+)\\s*;");

    private final Path directory;
    private final int port;
    private Process process;

    private LocalNginx(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Skips the calling test (saying why) without nginx; fails instead where PostgreSQL tests are required (CI). */
    static void assumeInstalled() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        String reason = "the topology test needs nginx at " + BINARY + " (apt-get install nginx)";
        if (Boolean.getBoolean("evaltrack.pg.required")) {
            Assertions.fail(reason + ", and evaltrack.pg.required=true");
        }
        System.out.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
    }

    /** The port docker/nginx.conf listens on (published by compose as is). */
    static int listenPort(String serverFile) {
        Matcher listen = LISTEN.matcher(serverFile);
        if (!listen.find()) {
            throw new IllegalStateException("docker/nginx.conf has no 'listen <port>;'");
        }
        return Integer.parseInt(listen.group(2));
    }

    /** Every upstream server of docker/nginx.conf as compose names it: {@code service:port}. */
    static List<String> upstreamServers(String serverFile) {
        List<String> servers = new ArrayList<>();
        Matcher server = UPSTREAM_SERVER.matcher(serverFile);
        while (server.find()) {
            servers.add(server.group(2) + ":" + server.group(3));
        }
        return servers;
    }

    /**
     * docker/nginx.conf with each upstream {@code service:port} replaced by the local addresses of that
     * service's nodes, and the listen port by {@code port} on the loopback address.
     */
    static String render(String serverFile, Map<String, List<String>> addresses, int port) {
        Matcher server = UPSTREAM_SERVER.matcher(serverFile);
        StringBuilder out = new StringBuilder();
        while (server.find()) {
            String name = server.group(2) + ":" + server.group(3);
            List<String> local = addresses.get(name);
            if (local == null || local.isEmpty()) {
                throw new IllegalStateException("docker/nginx.conf names upstream " + name + ", which the topology does not run");
            }
            StringBuilder lines = new StringBuilder();
            for (String address : local) {
                lines.append(lines.length() == 0 ? "" : "\n").append(server.group(1)).append("server ").append(address).append(';');
            }
            server.appendReplacement(out, Matcher.quoteReplacement(lines.toString()));
        }
        server.appendTail(out);
        Matcher listen = LISTEN.matcher(out.toString());
        if (!listen.find()) {
            throw new IllegalStateException("docker/nginx.conf has no 'listen <port>;'");
        }
        return listen.replaceFirst(Matcher.quoteReplacement(listen.group(1) + "listen 127.0.0.1:" + port + ";"));
    }

    static LocalNginx start(Path serverFile, Map<String, List<String>> addresses, Path directory) throws IOException {
        Files.createDirectories(directory);
        int port = freePort();
        LocalNginx nginx = new LocalNginx(directory.toAbsolutePath(), port);
        nginx.launch(Files.readString(serverFile, StandardCharsets.UTF_8), addresses);
        return nginx;
    }

    private void launch(String serverFile, Map<String, List<String>> addresses) throws IOException {
        Path site = directory.resolve("default.conf");
        Files.writeString(site, render(serverFile, addresses, port), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("nginx.conf"), main(site), StandardCharsets.UTF_8);
        Path log = directory.resolve("nginx.out");
        process = new ProcessBuilder(BINARY.toString(), "-p", directory + "/", "-c", directory.resolve("nginx.conf").toString(),
                "-e", directory.resolve("error.log").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + ": " + Files.readString(log)
                        + read(directory.resolve("error.log")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                pause();
            }
        }
        throw new IllegalStateException("nginx not listening on " + port + ": " + read(directory.resolve("error.log")));
    }

    /** What the nginx image's /etc/nginx/nginx.conf does around conf.d, with every path in this directory. */
    private String main(Path site) {
        Map<String, String> temporary = new LinkedHashMap<>();
        for (String kind : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            temporary.put(kind + "_temp_path", quoted(directory.resolve(kind + "_temp")));
        }
        StringBuilder conf = new StringBuilder("# rendered by LocalNginx around docker/nginx.conf\n");
        if ("root".equals(System.getProperty("user.name"))) {
            conf.append("user root;\n");
        }
        conf.append("worker_processes 1;\n")
                .append("pid ").append(quoted(directory.resolve("nginx.pid"))).append(";\n")
                .append("error_log ").append(quoted(directory.resolve("error.log"))).append(" info;\n")
                .append("events { worker_connections 256; }\n")
                .append("http {\n")
                .append("    access_log ").append(quoted(directory.resolve("access.log"))).append(";\n");
        temporary.forEach((directive, path) -> conf.append("    ").append(directive).append(' ').append(path).append(";\n"));
        return conf.append("    include ").append(quoted(site)).append(";\n}\n").toString();
    }

    int port() {
        return port;
    }

    Path directory() {
        return directory;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();  // SIGTERM: nginx's fast shutdown
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String quoted(Path path) {
        return '"' + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
