package org.evaltrack.command.web;

import org.evaltrack.command.web.AppendedPosition;
import static org.assertj.core.api.Assertions.assertThat;

import org.evaltrack.command.web.PositionHeaderFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The position the chain recorder notes during a command reaches its answer, and only an accepted one. */
class AppendedPositionTest {

    @AfterEach
    void forget() {
        RequestContextHolder.resetRequestAttributes();
    }

    private MockHttpServletResponse command(int status, long... appended) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/assessments/a/claims/1.1.1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new PositionHeaderFilter().doFilter(request, response, (req, res) -> {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            for (long position : appended) {
                AppendedPosition.note(position);
            }
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(status);
            res.getWriter().write("{\"id\":\"x\"}");
        });
        return response;
    }

    @Test
    void anAcceptedCommandAnswersWithItsNewestEventsPosition() throws Exception {
        MockHttpServletResponse response = command(200, 41, 43, 42);

        assertThat(response.getHeader("Evaltrack-Position")).isEqualTo("43");
        assertThat(response.getContentAsString()).isEqualTo("{\"id\":\"x\"}");
    }

    @Test
    void aRefusedCommandOrOneThatAppendedNothingNamesNoPosition() throws Exception {
        assertThat(command(409, 44).getHeader("Evaltrack-Position")).isNull();
        assertThat(command(204).getHeader("Evaltrack-Position")).isNull();
    }

    @Test
    void outsideARequestThereIsNobodyToTell() {
        AppendedPosition.note(7); // no request bound to the thread: nothing happens, nothing fails
        assertThat(RequestContextHolder.getRequestAttributes()).isNull();
    }
}
