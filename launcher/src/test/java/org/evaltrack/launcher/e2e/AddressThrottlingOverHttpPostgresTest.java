package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in throttling per remote address: many names tried from one address lock that address for
 * every account, even one that never failed (4 failures, 3 s lock here).
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AddressThrottlingOverHttpPostgresTest {

    private final RunningSystem system;

    AddressThrottlingOverHttpPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs, "--evaltrack.login-throttle.max-failures-per-account=1000",
                "--evaltrack.login-throttle.max-failures-per-address=4", "--evaltrack.login-throttle.window=PT1M",
                "--evaltrack.login-throttle.lock=PT3S");
    }

    @BeforeAll
    void start() {
        system.start();
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void guessingManyNamesFromOneAddressLocksTheAddress() throws Exception {
        BrowserSession client = new BrowserSession(system.port());
        for (String name : new String[] {"admin", "root", "test", "guest"}) {
            assertThat(client.get(LoginThrottlingOverHttpPostgresTest.TOTALS, "Authorization",
                    LoginThrottlingOverHttpPostgresTest.basic(name, "123456")).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> innocent = client.get(LoginThrottlingOverHttpPostgresTest.TOTALS, "Authorization",
                LoginThrottlingOverHttpPostgresTest.basic("reviewer", HttpApi.PASSWORD));

        assertThat(innocent.statusCode()).isEqualTo(429);
        assertThat(innocent.body()).contains("LOGIN_THROTTLED");

        Thread.sleep(Long.parseLong(innocent.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 500);
        assertThat(client.get(LoginThrottlingOverHttpPostgresTest.TOTALS, "Authorization",
                LoginThrottlingOverHttpPostgresTest.basic("reviewer", HttpApi.PASSWORD)).statusCode()).isEqualTo(200);
    }
}
