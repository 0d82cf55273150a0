package org.evaltrack.command.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.stream.Stream;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.error.ErrorKind;
import org.evaltrack.websupport.CommandWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@CommandWebTest
class ProblemAdviceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> oneCodePerKind() {
        return Stream.of(
                Arguments.of(ErrorKind.INVALID, 400),
                Arguments.of(ErrorKind.FORBIDDEN, 403),
                Arguments.of(ErrorKind.NOT_FOUND, 404),
                Arguments.of(ErrorKind.CONFLICT, 409),
                Arguments.of(ErrorKind.TOO_LARGE, 413),
                Arguments.of(ErrorKind.UNSUPPORTED, 415),
                Arguments.of(ErrorKind.UNPROCESSABLE, 422));
    }

    @ParameterizedTest
    @MethodSource("oneCodePerKind")
    void domain_exception_status_follows_its_error_kind(ErrorKind kind, int expectedStatus) throws Exception {
        ErrorCode code = Arrays.stream(ErrorCode.values()).filter(c -> c.kind() == kind).findFirst().orElseThrow();
        mvc.perform(get("/api/probe/domain/" + code.name()))
                .andExpect(status().is(expectedStatus))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(expectedStatus))
                .andExpect(jsonPath("$.code").value(code.name()))
                .andExpect(jsonPath("$.type").value("urn:evaltrack:error:" + code.name()));
    }

    @Test
    void a_lost_database_connection_inside_any_wrapper_is_503_with_retry_after() throws Exception {
        mvc.perform(get("/api/probe/database-unavailable"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.code").value("DATABASE_UNAVAILABLE"))
                .andExpect(jsonPath("$.title").value("数据库暂不可用"));
        mvc.perform(get("/api/probe/database-unavailable").header("Accept-Language", "en"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.title").value("Database unavailable"));
    }

    @Test
    void domain_exception_body_carries_title_detail_and_every_detail() throws Exception {
        mvc.perform(get("/api/probe/domain/BUDGET_MISMATCH"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("分值不一致"))
                .andExpect(jsonPath("$.detail").value(containsString("details")))
                .andExpect(jsonPath("$.instance").value("/api/probe/domain/BUDGET_MISMATCH"))
                .andExpect(jsonPath("$.details[0]").value("first detail"))
                .andExpect(jsonPath("$.details[1]").value("second detail"));
    }

    @Test
    void domain_exception_without_arguments_reports_its_own_detail_text() throws Exception {
        mvc.perform(get("/api/probe/domain-without-details"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SCORE_OUT_OF_RANGE"))
                .andExpect(jsonPath("$.details[0]").value("12.00 exceeds 10.00"));
    }

    @Test
    void command_execution_exception_details_carrying_a_domain_exception_are_unwrapped() throws Exception {
        mvc.perform(get("/api/probe/command-execution/details"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CLAIMS_LOCKED"));
    }

    @Test
    void domain_exception_nested_as_cause_in_wrappers_is_unwrapped() throws Exception {
        mvc.perform(get("/api/probe/command-execution/cause"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TASK_CLOSED"));
    }

    @Test
    void missing_aggregate_under_schemes_is_scheme_not_found() throws Exception {
        mvc.perform(get("/api/schemes/s-404/probe-missing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SCHEME_NOT_FOUND"))
                .andExpect(jsonPath("$.details[0]").value("s-404"));
    }

    @Test
    void missing_aggregate_of_unknown_type_is_a_generic_not_found() throws Exception {
        mvc.perform(get("/api/elsewhere/x-404/probe-missing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("RESOURCE_NOT_FOUND"));
    }

    @Test
    void stale_expected_version_is_a_concurrent_modification() throws Exception {
        mvc.perform(get("/api/probe/stale-version"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONCURRENT_MODIFICATION"))
                .andExpect(jsonPath("$.details[0]").value("expectedVersion=3"))
                .andExpect(jsonPath("$.details[1]").value("actualVersion=5"));
    }

    @Test
    void concurrency_exception_is_a_concurrent_modification() throws Exception {
        mvc.perform(get("/api/probe/concurrency"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONCURRENT_MODIFICATION"));
    }

    @Test
    void aggregate_stream_creation_clash_is_a_concurrent_modification() throws Exception {
        mvc.perform(get("/api/probe/stream-creation"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONCURRENT_MODIFICATION"));
    }

    @Test
    @WithMockUser(roles = "SUBMITTER")
    void upload_over_the_limit_is_payload_too_large() throws Exception {
        mvc.perform(post("/api/probe/too-large"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"))
                .andExpect(jsonPath("$.details[0]").value("maxBytes=1024"));
    }

    @Test
    @WithMockUser(roles = "SUBMITTER")
    void unparseable_multipart_body_is_malformed_request_without_the_parser_message() throws Exception {
        mvc.perform(post("/api/probe/broken-multipart"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.details[0]").value("multipart body unreadable: boundary missing, body incomplete or too many parts"));
    }

    @Test
    void access_denied_in_a_controller_is_forbidden() throws Exception {
        mvc.perform(get("/api/probe/access-denied"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void unexpected_failure_is_internal_error_without_internals() throws Exception {
        mvc.perform(get("/api/probe/unexpected"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("at org."))));
    }

    @Test
    @WithMockUser(roles = "SUBMITTER")
    void bean_validation_errors_list_every_invalid_field() throws Exception {
        mvc.perform(post("/api/probe/body").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"\", \"points\": 1.5, \"count\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.details[0]").value(containsString("name")));
    }

    @Test
    @WithMockUser(roles = "SUBMITTER")
    void syntactically_broken_json_is_malformed_request() throws Exception {
        mvc.perform(post("/api/probe/body").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    @WithMockUser(roles = "SUBMITTER")
    void wrong_type_is_malformed_request_naming_the_field_but_no_java_class() throws Exception {
        mvc.perform(post("/api/probe/body").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"a\", \"count\": \"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.details[0]").value(containsString("count")))
                .andExpect(content().string(not(containsString("java."))));
    }

    @Test
    @WithMockUser(roles = "SUBMITTER")
    void invalid_typed_id_is_malformed_request() throws Exception {
        mvc.perform(post("/api/probe/body").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"a\", \"count\": 1, \"schemeId\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.details[0]").value(containsString("schemeId")));
    }

    @Test
    @WithMockUser(roles = "SUBMITTER")
    void score_with_three_decimals_is_invalid_score() throws Exception {
        mvc.perform(post("/api/probe/body").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"a\", \"points\": 1.234, \"count\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_SCORE"))
                .andExpect(jsonPath("$.details[0]").value(containsString("points")));
    }

    @Test
    @WithMockUser(roles = "SUBMITTER")
    void absurdly_large_score_is_invalid_score() throws Exception {
        mvc.perform(post("/api/probe/body").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"a\", \"points\": 1e309, \"count\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_SCORE"));
    }

    @Test
    @WithMockUser(roles = "SUBMITTER")
    void score_that_is_not_a_number_is_invalid_score() throws Exception {
        mvc.perform(post("/api/probe/body").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"a\", \"points\": \"ten\", \"count\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_SCORE"));
    }

    @Test
    @WithMockUser(roles = "SUBMITTER")
    void unsupported_content_type_is_415() throws Exception {
        mvc.perform(post("/api/probe/body").contentType(MediaType.TEXT_PLAIN).content("name=a"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"))
                .andExpect(header().string("Accept", containsString("application/json")));
    }

    @Test
    @WithMockUser(roles = "SUBMITTER")
    void unmapped_method_on_a_command_path_is_405_problem() throws Exception {
        mvc.perform(put("/api/probe/body").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"))
                .andExpect(header().string("Allow", containsString("POST")));
    }

    @Test
    @WithMockUser(roles = "SUBMITTER")
    void unknown_command_path_is_404_problem() throws Exception {
        mvc.perform(post("/api/probe/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("RESOURCE_NOT_FOUND"));
    }

    @Test
    void routing_failures_of_read_requests_are_left_to_the_query_side() throws Exception {
        mvc.perform(get("/api/probe/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("RESOURCE_NOT_FOUND"))));
    }

    @Test
    void english_is_chosen_by_accept_language() throws Exception {
        mvc.perform(get("/api/probe/domain/SCHEME_CLOSED").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(jsonPath("$.title").value("Scheme closed"))
                .andExpect(header().string("Content-Language", "en"));
    }

    @Test
    void chinese_is_the_default_without_accept_language() throws Exception {
        mvc.perform(get("/api/probe/domain/SCHEME_CLOSED"))
                .andExpect(jsonPath("$.title").value("方案已关闭"))
                .andExpect(header().string("Content-Language", "zh-CN"));
    }

    @Test
    void unsupported_language_falls_back_to_chinese() throws Exception {
        mvc.perform(get("/api/probe/domain/SCHEME_CLOSED").header("Accept-Language", "fr-FR"))
                .andExpect(jsonPath("$.title").value("方案已关闭"));
    }
}
