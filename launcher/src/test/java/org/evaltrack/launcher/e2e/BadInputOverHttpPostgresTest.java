package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The malformed and hostile requests of {@code bad-input/corpus.json}, sent over real HTTP to the demo
 * case on PostgreSQL: each is refused with a 4xx problem+json that says why, nothing reaches the event
 * store, and the server keeps answering afterwards. Bodies too big or too binary for a JSON file are
 * named there by a generator defined here.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputOverHttpPostgresTest {

    private static final String DONGSHAN = "/api/assessments/assessment-2019-dongshan";
    /** Where the corpus means the assessment opened for this test, the only one whose claims are still open. */
    private static final String OPEN = "{open}";
    private static final int ONE_MB = 1024 * 1024;

    private final RunningSystem system;
    private HttpApi api;
    private String openId;

    BadInputOverHttpPostgresTest(PostgresTestDatabase database) throws IOException {
        this.system = new RunningSystem(database, Files.createTempDirectory("evaltrack-blobs"));
    }

    @BeforeAll
    void start() {
        api = system.start().http();
        // the demo units have submitted, so their claims are locked; a fresh assessment lets bad claims
        // reach the checks they are meant to test (the office may act for any unit)
        HttpApi.Answer unit = api.post("office", "/api/units", """
                {"name": "坏输入测试乡", "kind": "TOWNSHIP"}""");
        assertThat(unit.status()).as(unit.toString()).isEqualTo(201);
        HttpApi.Answer opened = api.post("office", "/api/assessments", """
                {"schemeId": "scheme-2019-suining", "unitId": "%s"}""".formatted(unit.id()));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        openId = opened.id();
    }

    @AfterAll
    void stop() {
        system.close();
    }

    static Stream<Arguments> corpus() throws IOException {
        try (InputStream in = BadInputOverHttpPostgresTest.class.getResourceAsStream("/bad-input/corpus.json")) {
            JsonNode all = new ObjectMapper().readTree(in);
            List<Arguments> cases = new ArrayList<>();
            all.forEach(entry -> cases.add(Arguments.of(Named.of(entry.path("name").asText(), entry))));
            return cases.stream();
        }
    }

    @Test
    @Order(0)
    void theCorpusHoldsAtLeastFiftyRequests() throws IOException {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(50);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("corpus")
    @Order(1)
    void isRefusedWithAProblemAndStoresNothing(JsonNode entry) throws Exception {
        long before = storedEvents();

        HttpApi.Answer answer = send(entry);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(entry.path("expect").asInt());
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("code").asText()).as(answer.toString()).isNotBlank();
        if (entry.path("code").isTextual()) {
            assertThat(problem.path("code").asText()).as(answer.toString()).isEqualTo(entry.path("code").asText());
        }
        assertThat(problem.path("detail").asText()).as(answer.toString()).isNotBlank();
        // Chinese unless the client asks for English
        if ("en".equals(entry.path("headers").path("Accept-Language").asText())) {
            assertThat(problem.path("detail").asText()).as(answer.toString()).matches("\\p{ASCII}+");
        } else {
            assertThat(problem.path("detail").asText()).as(answer.toString()).containsPattern("\\p{IsHan}");
        }
        assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
        assertThat(storedEvents()).as("events stored by " + entry.path("name").asText()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void theServerStillAnswersAfterTheCorpus() {
        HttpApi.Answer read = api.get("reviewer", DONGSHAN + "/totals");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);

        long before = storedEvents();
        HttpApi.Answer claim = api.put("office", "/api/assessments/" + openId + "/claims/1.1.3", """
                {"claimedScore": 4.50, "narrative": "污染防治：整改完成"}""");
        assertThat(claim.status()).as(claim.toString()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @Order(3)
    @ValueSource(strings = {
            "<script>alert('xss')</script><img src=x onerror=alert(1)>",
            "'; DROP TABLE domain_event_entry; --",
            "1' OR '1'='1\" /* <b>粗体</b> */ \\u0000 ${jndi:ldap://x}",
    })
    void hostileNarrativeIsStoredVerbatimAsText(String narrative) throws Exception {
        String body = new ObjectMapper().writeValueAsString(Map.of("claimedScore", 1, "narrative", narrative));

        HttpApi.Answer answer = api.put("office", "/api/assessments/" + openId + "/claims/1.2.1", body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<DomainEventMessage<?>> events = system.events(openId);
        Object last = events.get(events.size() - 1).getPayload();
        assertThat(last).isInstanceOf(ScoreClaimed.class);
        assertThat(((ScoreClaimed) last).narrative()).isEqualTo(narrative);
    }

    @Test
    @Order(3)
    void aFileNameOfTheFullTwoHundredChineseCharactersIsAccepted() {
        String name = "长".repeat(196) + ".txt";

        HttpApi.Answer answer = api.upload("dongshan", DONGSHAN + "/evidence", name, "text/plain",
                "会议记录".getBytes(StandardCharsets.UTF_8), Map.of("indicatorCodes", List.of("1.1.1")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().path("fileName").asText()).isEqualTo(name);
    }

    private HttpApi.Answer send(JsonNode entry) throws IOException {
        String user = entry.path("user").isTextual() ? entry.path("user").asText() : null;
        List<String> headers = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = entry.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            headers.add(header.getKey());
            headers.add(header.getValue().asText());
        }
        String[] extra = headers.toArray(String[]::new);
        String method = entry.path("method").asText();
        String path = entry.path("path").asText().replace(OPEN, "/api/assessments/" + openId).replace("{openId}", openId);
        if (entry.has("upload")) {
            Multipart multipart = multipart(entry.path("upload"));
            return api.raw(method, user, path, multipart.contentType(), multipart.body(), extra);
        }
        String contentType = entry.path("contentType").isTextual() ? entry.path("contentType").asText() : null;
        byte[] body = entry.has("bodyGenerator") ? generate(entry.path("bodyGenerator").asText())
                : entry.has("body") ? entry.path("body").asText().getBytes(StandardCharsets.UTF_8) : null;
        return api.raw(method, user, path, contentType, body, extra);
    }

    private static byte[] generate(String name) {
        return switch (name) {
            case "narrative1MB" -> ("{\"claimedScore\": 10, \"narrative\": \"" + "评".repeat(ONE_MB / 3 + 1) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            case "reason1MB" -> ("{\"indicatorCode\": \"1.1.1\", \"newScore\": 14, \"reason\": \"" + "x".repeat(ONE_MB) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            case "hugeBody" -> {
                StringBuilder json = new StringBuilder("{\"claimedScore\": 10, \"reportedFigures\": [");
                while (json.length() < 6 * ONE_MB) {
                    json.append("{\"name\": \"固定资产投资\", \"value\": 1.79, \"unit\": \"亿元\"},");
                }
                json.append("{\"name\": \"n\", \"value\": 1}]}");
                yield json.toString().getBytes(StandardCharsets.UTF_8);
            }
            case "deepNesting" -> ("{\"claimedScore\": 10, \"reportedFigures\": " + "[".repeat(5000) + "]".repeat(5000) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            case "invalidUtf8" -> concat("{\"claimedScore\": 10, \"narrative\": \"".getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    "\"}".getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException("no body generator " + name);
        };
    }

    private static byte[] fileContent(JsonNode upload) {
        String generator = upload.path("contentGenerator").asText("");
        return switch (generator) {
            case "" -> upload.path("content").asText().getBytes(StandardCharsets.UTF_8);
            case "oversize" -> new byte[ONE_MB + ONE_MB / 2];
            case "exeBytes" -> concat("MZ".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x90, 0, 3, 0},
                    "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII));
            case "wrongPartName" -> "内容".getBytes(StandardCharsets.UTF_8);
            case "xlsxWithoutTemplateSheets", "zipNotWorkbook", "xlsxZipBomb", "xlsxHugeSheet" -> BadWorkbooks.generate(generator);
            default -> throw new IllegalArgumentException("no content generator " + generator);
        };
    }

    private record Multipart(String contentType, byte[] body) {
    }

    /** Built by hand so that file names and part names go onto the wire exactly as the corpus spells them. */
    private static Multipart multipart(JsonNode upload) throws IOException {
        String boundary = "----evaltrack-bad-input";
        String partName = "wrongPartName".equals(upload.path("contentGenerator").asText()) ? "document" : "file";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Iterator<Map.Entry<String, JsonNode>> it = upload.path("fields").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            for (JsonNode value : field.getValue()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + value.asText() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\""
                + upload.path("fileName").asText() + "\"\r\nContent-Type: " + upload.path("mediaType").asText()
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(fileContent(upload));
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Every event of every aggregate, counted in the table itself rather than through Axon. */
    private long storedEvents() {
        try (Connection connection = system.bean(DataSource.class).getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from domain_event_entry")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
