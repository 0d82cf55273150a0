package org.evaltrack.kernel.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.junit.jupiter.api.Test;

/** Events are stored as JSON; ids and scores must read back equal and look plain in the database. */
class JsonRoundTripTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void scoreClaimedReadsBackEqualWithPlainIdsAndNumbers() throws Exception {
        ScoreClaimed event = new ScoreClaimed(AssessmentId.of("a-1"), SchemeId.of("s-1"), UnitId.of("u-1"), "2.1.1",
                null, Score.of("5"), Score.of("5"), ScoringMode.STANDARD, "全面完成各主要经济指标",
                List.of(new ReportedFigure("固定资产投资", new BigDecimal("1.79"), "亿元")), 1);

        String text = json.writeValueAsString(event);

        assertThat(text).contains("\"assessmentId\":\"a-1\"").contains("\"claimedScore\":5.00");
        assertThat(json.readValue(text, ScoreClaimed.class)).isEqualTo(event);
    }

    @Test
    void bonusClaimedWithDatesAndSetsReadsBackEqual() throws Exception {
        BonusClaimed event = new BonusClaimed(AssessmentId.of("a-1"), BonusClaimId.of("b-2"), BonusLevel.CENTRAL_MEDIA,
                "《先进催人奋进》", "先进催人奋进", "人民网", LocalDate.of(2019, 10, 1), Score.of("0.5"),
                Set.of(EvidenceId.of("e-1")), BonusClaimId.of("b-1"));

        assertThat(json.readValue(json.writeValueAsString(event), BonusClaimed.class)).isEqualTo(event);
    }

    @Test
    void ledgerIdIsDerivedFromItsAssessment() {
        LedgerId ledger = LedgerId.forAssessment(AssessmentId.of("a-9"));
        assertThat(ledger.assessmentId()).isEqualTo(AssessmentId.of("a-9"));
        assertThat(ledger.toString()).isEqualTo("ledger:a-9");
    }

    @Test
    void instantsAreWrittenAsIsoText() throws Exception {
        assertThat(json.writeValueAsString(Instant.parse("2020-01-08T02:00:00Z"))).isEqualTo("\"2020-01-08T02:00:00Z\"");
    }
}
