package org.evaltrack.launcher.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium of the machine's own (Debian's /usr/bin/chromium through /usr/bin/chromedriver;
 * nothing is downloaded), with a fresh profile per instance, so no cookie or cached page leaks from
 * one test into the next. Every page a test looks at can be kept as a screenshot under target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final String REQUIRED = "evaltrack.browser.required";
    private static final Path CHROMIUM = Path.of(System.getProperty("evaltrack.browser.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("evaltrack.browser.driver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--disable-quic", "--window-size=1280,900");

    private final String base;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    /** Skips the calling test class (saying why) when Chromium is missing; fails instead when -Devaltrack.browser.required=true. */
    static void assumeAvailable() {
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM.toString()
                : !Files.isExecutable(DRIVER) ? DRIVER.toString() : null;
        if (missing == null) {
            return;
        }
        String reason = "browser tests need " + missing + " (apt-get install chromium chromium-driver)";
        if (Boolean.getBoolean(REQUIRED)) {
            Assertions.fail(reason + ", and " + REQUIRED + "=true");
        }
        System.out.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
    }

    /**
     * @param acceptLanguage what the browser asks for; pages answer in Chinese unless the reader switches,
     *                       whatever this says
     */
    Browser(int port, String acceptLanguage) {
        this.base = "http://127.0.0.1:" + port;
        try {
            this.profile = Files.createTempDirectory("evaltrack-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        this.service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    Browser(int port) {
        this(port, "en-US,en");
    }

    WebDriver driver() {
        return driver;
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String pageText() {
        return find("body").getText();
    }

    /** Waits for a page whose address starts with the given path (after a form post and its redirect). */
    Browser awaitPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> path().startsWith(path));
        return this;
    }

    Browser awaitVisible(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        return this;
    }

    Browser signIn(String username, String password) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("#sign-in").click();
        return this;
    }

    /** Keeps what the browser shows as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
