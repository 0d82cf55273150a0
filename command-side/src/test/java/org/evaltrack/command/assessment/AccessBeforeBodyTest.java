package org.evaltrack.command.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.evaltrack.command.api.BodyLimits;
import org.evaltrack.command.api.BoundedBody;
import org.evaltrack.command.api.ControllerSliceTest;
import org.evaltrack.kernel.assessment.WriteReportSection;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Access and body size are judged before a byte of the body is read. */
class AccessBeforeBodyTest extends ControllerSliceTest {

    private static final String CLAIM = "/api/assessments/{id}/claims/{code}";
    /** The number of the probe: 28 bytes that, parsed, would expand without end. */
    private static final String HUGE_NUMBER = "{\"claimedScore\":1e999999999}";

    @Test
    void aSubmitterOfAnotherUnitIsRefused403WithoutTheBodyBeingRead() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OTHER_UNIT);

        mvc.perform(put(CLAIM, ASSESSMENT, "1.1.1").contentType(MediaType.APPLICATION_JSON).content(HUGE_NUMBER)
                        .with(bodyMustNotBeRead()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void aForbiddenCallersMalformedBodyIs403Not400() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OTHER_UNIT);

        perform(put(CLAIM, ASSESSMENT, "1.1.1"), "{\"claimedScore\": [[[")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));
    }

    @Test
    void aForbiddenCallersOversizeBodyIs403Not413() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OTHER_UNIT);

        mvc.perform(put(CLAIM, ASSESSMENT, "1.1.1").contentType(MediaType.APPLICATION_JSON)
                        .content(new byte[2 * 1024 * 1024]).with(bodyMustNotBeRead()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));
    }

    @Test
    void aRoleThatMayNotActIsRefused403WithoutTheBodyBeingRead() throws Exception {
        asReviewer();

        mvc.perform(put(CLAIM, ASSESSMENT, "1.1.1").contentType(MediaType.APPLICATION_JSON).content(HUGE_NUMBER)
                        .with(bodyMustNotBeRead()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ROLE_NOT_ALLOWED"));

        verifyNoInteractions(commandGateway, assessmentRegistry);
    }

    @Test
    void anOversizeCommandFromAnAllowedCallerIs413WithoutBeingRead() throws Exception {
        asAdmin();

        mvc.perform(post("/api/units").contentType(MediaType.APPLICATION_JSON)
                        .content(new byte[BodyLimits.JSON_COMMAND + 1]).with(bodyMustNotBeRead()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("REQUEST_TOO_LARGE"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void aReportSectionOfTheLongestTextInJsonEscapesFitsItsLimit() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        String escaped = "\\u63aa".repeat(UnitAssessment.REPORT_SECTION_LIMIT);

        perform(put("/api/assessments/{id}/report-sections/{kind}", ASSESSMENT, "measures"), "{\"text\":\"" + escaped + "\"}")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(WriteReportSection.class).text()).hasSize(escaped.length() / 6).startsWith("措");
    }

    @Test
    void aReportSectionBeyondItsLimitIs413() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        int limit = BodyLimits.JSON_COMMAND + UnitAssessment.REPORT_SECTION_LIMIT * 6;

        mvc.perform(put("/api/assessments/{id}/report-sections/{kind}", ASSESSMENT, "measures")
                        .contentType(MediaType.APPLICATION_JSON).content(new byte[limit + 1]).with(bodyMustNotBeRead()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("REQUEST_TOO_LARGE"));
    }

    @Test
    void aChunkedBodyBeyondTheLimitIsRefusedAfterReadingNoMoreThanTheLimit() {
        byte[] body = new byte[BodyLimits.JSON_COMMAND * 3];
        ChunkedRequest sent = new ChunkedRequest(new MockHttpServletRequest("POST", "/api/units"));
        sent.setContent(body);
        BoundedBody bounded = new BoundedBody(sent);

        assertThatThrownBy(() -> BoundedBody.requireAtMost(bounded, BodyLimits.JSON_COMMAND))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCode.REQUEST_TOO_LARGE));
        assertThat(sent.read).isEqualTo(BodyLimits.JSON_COMMAND + 1);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsServedWhole() throws IOException {
        byte[] body = "{\"name\":\"东山镇\"}".getBytes(StandardCharsets.UTF_8);
        ChunkedRequest sent = new ChunkedRequest(new MockHttpServletRequest("POST", "/api/units"));
        sent.setContent(body);
        BoundedBody bounded = new BoundedBody(sent);

        BoundedBody.requireAtMost(bounded, BodyLimits.JSON_COMMAND);

        assertThat(bounded.getInputStream().readAllBytes()).isEqualTo(body);
    }

    /** Fails the test if anything opens the body. */
    private static RequestPostProcessor bodyMustNotBeRead() {
        return request -> new MockHttpServletRequestWrapperThatFails(request);
    }

    private static final class MockHttpServletRequestWrapperThatFails extends MockHttpServletRequest {

        MockHttpServletRequestWrapperThatFails(MockHttpServletRequest original) {
            super(original.getServletContext(), original.getMethod(), original.getRequestURI());
            copy(original, this);
        }

        @Override
        public ServletInputStream getInputStream() {
            throw new AssertionError("the body was read");
        }

        @Override
        public java.io.BufferedReader getReader() {
            throw new AssertionError("the body was read");
        }
    }

    /** Without a Content-Length, as Transfer-Encoding: chunked is; counts the bytes read. */
    private static final class ChunkedRequest extends MockHttpServletRequest {

        private int read;

        ChunkedRequest(MockHttpServletRequest original) {
            super(original.getServletContext(), original.getMethod(), original.getRequestURI());
            copy(original, this);
        }

        @Override
        public ServletInputStream getInputStream() {
            ServletInputStream in = super.getInputStream();
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public int read() throws IOException {
                    int next = in.read();
                    if (next >= 0) {
                        ChunkedRequest.this.read++;
                    }
                    return next;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public int getContentLength() {
            return -1;
        }
    }

    private static void copy(MockHttpServletRequest from, MockHttpServletRequest to) {
        to.setContent(from.getContentAsByteArray());
        to.setContentType(from.getContentType());
        java.util.Collections.list(from.getHeaderNames()).forEach(name ->
                java.util.Collections.list(from.getHeaders(name)).forEach(value -> to.addHeader(name, value)));
        to.setCharacterEncoding(from.getCharacterEncoding());
    }
}
