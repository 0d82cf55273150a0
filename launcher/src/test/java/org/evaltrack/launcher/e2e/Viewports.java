package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/** A laptop (1366 px) or a phone (390 px) for a browser test, and the check that a page fits it without sideways scrolling. */
final class Viewports {

    static final int LAPTOP = 1366;
    static final int PHONE = 390;

    private Viewports() {
    }

    /** The browser with this width from now on; a phone also as a mobile device (touch, its own viewport rules). */
    static Browser sized(Browser browser, int width) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", width < 800 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 800));
        return browser;
    }

    /** The document is no wider than the viewport: nothing to scroll sideways (the failure names what sticks out). */
    static void fitsItsWidth(Browser browser, String step) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(scrollWidth).as("%s: the page is no wider than the screen (%s px); wider: %s", step, viewport, widest(js))
                .isLessThanOrEqualTo(viewport);
    }

    /** Whether an element lies within the screen's width, not cut off at its right edge. */
    static boolean withinWidth(Browser browser, String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("""
                const r = document.querySelector(arguments[0]).getBoundingClientRect();
                return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;""", css));
    }

    static long widthOf(Browser browser, String css) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector(arguments[0]).getBoundingClientRect().width", css)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> widest(JavascriptExecutor js) {
        return (List<String>) js.executeScript("""
                return Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                    .slice(0, 8)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + Math.round(e.getBoundingClientRect().right));""");
    }
}
