package org.evaltrack.launcher.e2e;

import java.io.IOException;
import java.nio.file.Files;

import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the browser tests: the whole system with the demo case on the class's PostgreSQL schema,
 * and a fresh headless Chromium per test ({@link #browser()}), closed after it. A class runs only
 * where Chromium is installed (see {@link Browser#assumeAvailable()}).
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

    static final String PASSWORD = HttpApi.PASSWORD;

    private final PostgresTestDatabase database;
    private RunningSystem system;
    private Browser browser;
    private String testName;

    BrowserTestBase(PostgresTestDatabase database) {
        this.database = database;
    }

    @BeforeAll
    void startSystem() throws IOException {
        Browser.assumeAvailable();
        system = new RunningSystem(database, Files.createTempDirectory("evaltrack-blobs")).start();
    }

    @AfterAll
    void stopSystem() {
        if (system != null) {
            system.close();
        }
    }

    @BeforeEach
    void name(TestInfo info) {
        String method = info.getTestMethod().map(m -> m.getName()).orElse("test");
        String shown = info.getDisplayName().startsWith(method) ? "" : "-" + info.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_");
        testName = getClass().getSimpleName() + "-" + method + shown;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The browser of the running test (created on first use), asking for English; pages still default to Chinese. */
    Browser browser() {
        if (browser == null) {
            browser = new Browser(system.port());
        }
        return browser;
    }

    RunningSystem system() {
        return system;
    }

    /** A screenshot named after the test and the step. */
    void screenshot(String step) {
        browser().screenshot(testName + "-" + step);
    }
}
