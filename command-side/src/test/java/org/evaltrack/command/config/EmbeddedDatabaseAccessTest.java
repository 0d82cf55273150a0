package org.evaltrack.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.evaltrack.websupport.database.EmbeddedDatabaseAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded database as the application opens it, in a JVM of its own (H2 fixes its bind address
 * once per JVM): by default no server and no second process; with the opt-in, a second local process
 * attaches through a server that listens on 127.0.0.1 only.
 */
class EmbeddedDatabaseAccessTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultUrlHasNoServer() throws IOException {
        assertThat(defaultUrl()).startsWith("jdbc:h2:file:./data/evaltrack;").doesNotContainIgnoringCase("AUTO_SERVER");
        assertThat(EmbeddedDatabaseAccess.url(defaultUrl(), false)).isEqualTo(defaultUrl());
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        String postgres = "jdbc:postgresql://127.0.0.1:5432/evaltrack";

        assertThat(EmbeddedDatabaseAccess.url(postgres, true)).isEqualTo(postgres);
    }

    @Test
    void byDefaultTheDatabaseOpensNoServerAndNoSecondProcessGetsIn() throws Exception {
        String url = urlIn(dir);
        Process probe = start(url, false);
        try {
            // H2 writes a lock file with a server address only for its automatic server; else it locks the file itself
            Path lockFile = dir.resolve("evaltrack.lock.db");
            assertThat(!Files.exists(lockFile) || !lockFile().containsKey("server")).as("no server in " + lockFile).isTrue();
            assertThatThrownBy(() -> DriverManager.getConnection(url + ";AUTO_SERVER=TRUE", "sa", "").close())
                    .isInstanceOf(SQLException.class);
        } finally {
            stop(probe);
        }
    }

    @Test
    void theOptInLetsASecondLocalProcessAttachThroughLoopbackOnly() throws Exception {
        String url = urlIn(dir);
        Process probe = start(url, true);
        try {
            String server = lockFile().getProperty("server");
            // H2 names a loopback bind address "localhost"
            assertThat(server).matches("(localhost|127\\.0\\.0\\.1):\\d+");
            int port = Integer.parseInt(server.substring(server.indexOf(':') + 1));
            try (Socket local = new Socket()) {
                local.connect(new InetSocketAddress(EmbeddedDatabaseAccess.LOOPBACK, port), 2_000);
            }
            for (InetAddress address : nonLoopbackAddresses()) {
                assertThat(reachable(address, port)).as("listening on " + address).isFalse();
            }
            try (Connection second = DriverManager.getConnection(url + ";AUTO_SERVER=TRUE", "sa", "");
                 ResultSet answer = second.createStatement().executeQuery("select answer from probe")) {
                assertThat(answer.next()).isTrue();
                assertThat(answer.getInt(1)).isEqualTo(42);
            }
        } finally {
            stop(probe);
        }
    }

    private static String defaultUrl() throws IOException {
        return (String) new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml")).get(0)
                .getProperty("spring.datasource.url");
    }

    /** The default URL, on a database in {@code directory} instead of ./data. */
    private static String urlIn(Path directory) throws IOException {
        return defaultUrl().replace("./data/evaltrack", directory.resolve("evaltrack").toAbsolutePath().toString());
    }

    private Properties lockFile() throws IOException {
        Properties lock = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("evaltrack.lock.db"), StandardCharsets.ISO_8859_1)) {
            lock.load(in);
        }
        return lock;
    }

    private static Process start(String url, boolean localAttach) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedDatabaseProbe.class.getName(), url,
                String.valueOf(localAttach))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals("READY")) {
                return process;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the probe ended without opening the database:\n" + seen);
    }

    private static void stop(Process probe) throws InterruptedException, IOException {
        probe.getOutputStream().close();
        if (!probe.waitFor(20, TimeUnit.SECONDS)) {
            probe.destroyForcibly();
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return NetworkInterface.networkInterfaces().filter(nic -> {
            try {
                return nic.isUp() && !nic.isLoopback();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> !a.isLinkLocalAddress()).toList();
    }

    private static boolean reachable(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (ConnectException | SocketTimeoutException e) {
            return false;
        }
    }
}
