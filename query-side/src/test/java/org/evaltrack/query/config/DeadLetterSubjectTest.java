package org.evaltrack.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.junit.jupiter.api.Test;

class DeadLetterSubjectTest {

    @Test
    void aLetterNamesItsAggregateAndTheUnitAndSchemeItsEventNames() {
        var adjustment = new ReviewAdjustmentMade(AssessmentId.of("assessment-2019-changpuzi"), SchemeId.of("scheme-2019"),
                UnitId.of("unit-changpuzi"), "1.1.1", null, Score.of(new java.math.BigDecimal("1")), null, "reason");

        DeadLetterSubject subject = DeadLetterSubject.of(
                new GenericDomainEventMessage<>("Assessment", "assessment-2019-changpuzi", 7, adjustment));

        assertThat(subject).isEqualTo(new DeadLetterSubject("ReviewAdjustmentMade", "assessment-2019-changpuzi",
                "unit-changpuzi", "scheme-2019", "assessment-2019-changpuzi"));
        assertThat(subject.belongsTo()).isEqualTo("unit unit-changpuzi, scheme scheme-2019");
    }

    @Test
    void anEventNamingNoneLeavesThemOut() {
        DeadLetterSubject subject = DeadLetterSubject.of(GenericEventMessage.asEventMessage("plain"));

        assertThat(subject.aggregateId()).isNull();
        assertThat(subject.unitId()).isNull();
        assertThat(subject.belongsTo()).isEmpty();
    }

    @Test
    void theErrorIsOneShortLineWithoutTheStatementOrATrace() {
        String error = DeadLetterSubject.shortError("org.hibernate.exception.GenericJDBCException",
                "could not execute statement [ERROR: value too long for type character varying(32)\n  Where: x]\n\tat y");

        assertThat(error).isEqualTo("GenericJDBCException: could not execute statement [ERROR: value too long for type character varying(32)");
        assertThat(DeadLetterSubject.shortError("java.lang.IllegalStateException", "x".repeat(5000))).hasSize(200).endsWith("…");
        assertThat(DeadLetterSubject.shortError("java.lang.NullPointerException", null)).isEqualTo("NullPointerException");
    }
}
