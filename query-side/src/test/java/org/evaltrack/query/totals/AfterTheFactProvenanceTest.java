package org.evaltrack.query.totals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.evaltrack.query.totals.TotalsScenario.CHANGPU;
import static org.evaltrack.query.totals.TotalsScenario.CHANGPU_2019;
import static org.evaltrack.query.totals.TotalsScenario.OFFICE;
import static org.evaltrack.query.totals.TotalsScenario.SCHEME;
import static org.evaltrack.query.totals.TotalsScenario.s;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.evaltrack.kernel.assessment.AfterTheFact;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.query.totals.FindScoreProvenance;
import org.evaltrack.kernel.query.totals.ProvenanceEntry;
import org.evaltrack.kernel.query.totals.ProvenanceView;
import org.evaltrack.kernel.query.totals.ScorePart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 补录 on PostgreSQL: where a figure came from says which of its events were entered after the fact, when they happened and why. */
class AfterTheFactProvenanceTest extends TotalsDatabaseTest {

    static final Instant STATED = Instant.parse("2020-01-25T02:00:00Z");
    static final String RECORDED = "2026-12-07T02:00:00Z";
    static final String WHY = "2019年度审核结果补录：按县绩效办审核底稿录入";

    @Autowired
    TotalsProjection projection;
    @Autowired
    TotalsQueryHandler handler;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    TotalsEventFeed feed;

    @BeforeEach
    void reviewCycleThenAnAdjustmentEnteredAfterTheFact() {
        TotalsScenario.accounts(jdbc);
        feed = new TotalsEventFeed(projection, entityManager);
        TotalsScenario.reviewCycle(feed);
        feed.at("backdated adjustment", RECORDED, CHANGPU_2019.value(), OFFICE, new ReviewAdjustmentMade(CHANGPU_2019, SCHEME,
                CHANGPU, "1.1.1", s("14"), s("12"), s("15"), "档案不全",
                new AfterTheFact(STATED, Instant.parse(RECORDED), WHY)));
        feed.commitBatch();
    }

    @Test
    void theAdjustmentEnteredAfterTheFactCarriesItsStatedDateRecordedTimeAndReason() {
        ProvenanceView view = handler.handle(new FindScoreProvenance(CHANGPU_2019, ScorePart.INDICATOR, "1.1.1", null))
                .orElseThrow();

        assertThat(view.value()).isEqualTo(s("12"));
        assertThat(view.entries()).extracting(ProvenanceEntry::kind, ProvenanceEntry::current)
                .containsExactly(tuple("SCORE_CLAIMED", false), tuple("REVIEW_ADJUSTMENT_MADE", true));
        assertThat(view.entries().get(0).afterTheFact()).as("the live claim is not marked").isNull();
        ProvenanceEntry adjustment = view.entries().get(1);
        assertThat(adjustment.afterTheFact()).isEqualTo(new AfterTheFact(STATED, Instant.parse(RECORDED), WHY));
        assertThat(adjustment.occurredAt()).isEqualTo(Instant.parse(RECORDED));
        assertThat(adjustment.reason()).isEqualTo("档案不全");
    }

    @Test
    void asOfAnInstantTheMarkedStateIsReadBackFromTheHistory() {
        ProvenanceView view = handler.handle(new FindScoreProvenance(CHANGPU_2019, ScorePart.INDICATOR, "1.1.1",
                Instant.parse(RECORDED).plusSeconds(60))).orElseThrow();

        assertThat(view.entries()).last().extracting(ProvenanceEntry::afterTheFact)
                .isEqualTo(new AfterTheFact(STATED, Instant.parse(RECORDED), WHY));
    }
}
