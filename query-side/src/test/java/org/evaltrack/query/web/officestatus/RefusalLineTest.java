package org.evaltrack.query.web.officestatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.evaltrack.kernel.query.admin.AccessDenials;
import org.junit.jupiter.api.Test;

/** Who, what and why of a refused request, as the sentences the refused-requests page picks. */
class RefusalLineTest {

    private static final Instant AT = Instant.parse("2026-12-07T03:00:00Z");

    @Test
    void aSignedInAccountOpeningAPageOfAnotherUnit() {
        RefusalLine line = RefusalLine.of(new AccessDenials.Denial(AT, "user-submitter-02", "changpuzi", "SUBMITTER", "GET",
                "/assessments/assessment-2019-dongshan/trail", "OTHER_UNIT", "127.0.0.1", null));
        assertThat(line.whoKey()).isEqualTo("denials.who.account");
        assertThat(line.roleKey()).isEqualTo("role.SUBMITTER");
        assertThat(line.whatKey()).isEqualTo("denials.what.page");
        assertThat(line.whyKey()).isEqualTo("denials.why.OTHER_UNIT");
    }

    @Test
    void nobodySignedInReadingDataOrTryingAnAccount() {
        RefusalLine reading = RefusalLine.of(new AccessDenials.Denial(AT, null, null, "ANONYMOUS", "GET", "/api/access-denials",
                "UNAUTHENTICATED", "127.0.0.1", null));
        assertThat(reading.whoKey()).isEqualTo("denials.who.nobody");
        assertThat(reading.roleKey()).isNull();
        assertThat(reading.whatKey()).isEqualTo("denials.what.read");

        RefusalLine signIn = RefusalLine.of(new AccessDenials.Denial(AT, null, null, "ANONYMOUS", "POST", "/login",
                "LOGIN_THROTTLED", "127.0.0.1", "dongshan"));
        assertThat(signIn.whoKey()).isEqualTo("denials.who.triedAccount");
        assertThat(signIn.whatKey()).as("a POST is a change sent").isEqualTo("denials.what.change");
    }
}
