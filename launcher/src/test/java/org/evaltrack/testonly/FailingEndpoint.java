package org.evaltrack.testonly;

import java.time.DateTimeException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test sources only, outside every package the applications scan: added to a running system with
 * {@code --spring.main.sources} to fail the way a forgotten exception does (the trail's DateTimeException
 * did), so the answer of /error can be checked over HTTP.
 */
@RestController
@Tag(name = "仅供测试 / Test only") // ApiDocumentationTest scans every controller on the classpath, this one too
public class FailingEndpoint {

    public static final String PATH = "/api/test-only/failure";

    @GetMapping(PATH)
    @Operation(summary = "总是失败 / Always fails")
    String fail() {
        throw new DateTimeException("Instant exceeds minimum or maximum instant (internal detail)");
    }
}
