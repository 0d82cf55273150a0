package org.evaltrack.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Projection administration is the query side's, whatever the method; every other non-read under /api is a command. */
class CommandRequestsTest {

    @Test
    void aPostUnderApiIsACommand() {
        assertThat(CommandRequests.isCommandRequest(new MockHttpServletRequest("POST", "/api/assessments/a-1/adjustments"))).isTrue();
    }

    @Test
    void rebuildingProjectionsIsNoCommand() {
        assertThat(CommandRequests.isCommandRequest(new MockHttpServletRequest("POST", "/api/projections/rebuild"))).isFalse();
        assertThat(CommandRequests.isCommandRequest(new MockHttpServletRequest("POST", "/api/projections/scorecard/dead-letters/retry"))).isFalse();
    }

    @Test
    void aPathThatOnlyStartsLikeProjectionsIsStillACommand() {
        assertThat(CommandRequests.isCommandRequest(new MockHttpServletRequest("POST", "/api/projectionsX"))).isTrue();
    }
}
