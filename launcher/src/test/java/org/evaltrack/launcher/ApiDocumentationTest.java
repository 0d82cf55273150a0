package org.evaltrack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API documentation of both sides: reachable by anyone (signed in, wrongly signed in or not at
 * all), listing every endpoint, and every endpoint summarised in Chinese and English.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentationTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private ConfigurableApplicationContext context;
    private String base;

    @BeforeAll
    void start() {
        String url = "jdbc:h2:file:" + Path.of("target", "h2", UUID.randomUUID().toString()).toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        context = EvaltrackApplication.run("--server.port=0", "--spring.datasource.url=" + url, "--evaltrack.demo.enabled=false");
        base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theApiDocumentIsOpenWithOrWithoutASignIn() throws Exception {
        assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs", "office:demo12345").statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs", "nobody:wrong").statusCode()).isEqualTo(200);
        HttpResponse<String> ui = get("/swagger-ui.html", "nobody:wrong");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void theDocumentHasABilingualTitleDescriptionAndVersion() throws Exception {
        JsonNode info = document("/v3/api-docs").path("info");

        assertThat(info.path("title").asText()).contains("Evaltrack", "绩效评估");
        assertThat(info.path("description").asText()).contains("事件", "event-sourced");
        assertThat(info.path("version").asText()).isNotBlank();
    }

    @Test
    void theDocumentListsEveryEndpointOfBothSides() throws Exception {
        Set<String> documented = new TreeSet<>();
        document("/v3/api-docs").path("paths").fields().forEachRemaining(path ->
                path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

        Set<String> mapped = new TreeSet<>();
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods()
                .forEach((info, handler) -> {
                    if (handler.getBeanType().getPackageName().startsWith("org.evaltrack")) {
                        // web pages (HTML) are not part of the API document
                        info.getPathPatternsCondition().getPatternValues().stream().filter(path -> path.startsWith("/api/")).forEach(path ->
                                info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method.name() + " " + path)));
                    }
                });

        assertThat(mapped).contains("POST /api/projections/rebuild", "GET /api/schemes/{schemeId}/scorecards",
                "POST /api/assessments/{assessmentId}/adjustments");
        assertThat(documented).containsAll(mapped);
    }

    @Test
    void theGroupsSplitCommandsQueriesAndAdministration() throws Exception {
        assertThat(document("/v3/api-docs/command").path("paths").has("/api/assessments/{assessmentId}/adjustments")).isTrue();
        assertThat(document("/v3/api-docs/query").path("paths").has("/api/schemes/{schemeId}/scorecards")).isTrue();
        assertThat(document("/v3/api-docs/query").path("paths").has("/api/projections")).isFalse();
        assertThat(document("/v3/api-docs/admin").path("paths").has("/api/projections/{group}/dead-letters/retry")).isTrue();
    }

    /** The plain reads for scripts show an example answer beside their schema (docs/read-api.md). */
    @Test
    void theReadApiForScriptsShowsExampleAnswers() throws Exception {
        JsonNode paths = document("/v3/api-docs/query").path("paths");
        for (String path : List.of("/api/schemes", "/api/schemes/{schemeId}", "/api/units", "/api/assessments", "/api/accounts",
                "/api/assessments/{assessmentId}/evidence")) {
            JsonNode answer = paths.path(path).path("get").path("responses").path("200").path("content").path("application/json");
            assertThat(answer.path("schema").isMissingNode()).as(path).isFalse();
            assertThat(answer.path("example").isMissingNode()).as(path + " example").isFalse();
        }
    }

    @Test
    void everyControllerAndEndpointIsSummarisedInChineseAndEnglish() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<Class<?>> controllers = new java.util.ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.evaltrack")) {
            controllers.add(Class.forName(candidate.getBeanClassName()));
        }
        assertThat(controllers).extracting(Class::getSimpleName).contains("ProjectionAdminController", "ScorecardController",
                "ReviewController");

        assertThat(controllers).allSatisfy(controller -> {
            Tag tag = controller.getAnnotation(Tag.class);
            assertThat(tag).as(controller.getName()).isNotNull();
            assertBilingual(tag.name());
            Arrays.stream(controller.getDeclaredMethods())
                    .filter(method -> AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class))
                    .forEach(ApiDocumentationTest::assertSummarised);
        });
    }

    private static void assertSummarised(Method endpoint) {
        Operation operation = endpoint.getAnnotation(Operation.class);
        assertThat(operation).as(endpoint.toString()).isNotNull();
        assertBilingual(operation.summary());
    }

    private static void assertBilingual(String text) {
        assertThat(text).as(text).contains(" / ");
        assertThat(text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)).as(text).isTrue();
        assertThat(text.chars().anyMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))).as(text).isTrue();
    }

    private JsonNode document(String path) throws Exception {
        HttpResponse<String> response = get(path, null);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
