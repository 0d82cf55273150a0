package org.evaltrack.query.totals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evaltrack.query.totals.TotalsScenario.AFTER_ADJUSTMENT;
import static org.evaltrack.query.totals.TotalsScenario.BEFORE_REVIEW;
import static org.evaltrack.query.totals.TotalsScenario.DONGSHAN_2019;
import static org.evaltrack.query.totals.TotalsScenario.SCHEME;
import static org.evaltrack.query.totals.TotalsScenario.s;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.evaltrack.query.answers.CurrentAnswers;
import org.evaltrack.kernel.query.totals.FindAssessmentTotals;
import org.evaltrack.kernel.query.totals.FindSchemeRanking;
import org.evaltrack.kernel.query.totals.FindScoreProvenance;
import org.evaltrack.kernel.query.totals.ProvenanceEntry;
import org.evaltrack.kernel.query.totals.RankingRow;
import org.evaltrack.kernel.query.totals.ScorePart;
import org.evaltrack.query.QuerySideJpaPackages;
import org.evaltrack.query.config.QueryFlywayConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The embedded default: the same migration, the window-function as-of queries and provenance on
 * H2 in PostgreSQL mode, as the launcher runs them.
 */
@DataJpaTest(properties = {
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.datasource.url=jdbc:h2:mem:totals-h2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = TotalsOnH2Test.Config.class)
class TotalsOnH2Test {

    @Configuration(proxyBeanMethods = false)
    @Import({QuerySideJpaPackages.class, QueryFlywayConfig.class, TotalsProjection.class, TotalsReader.class,
            TotalsQueryHandler.class, CurrentAnswers.class})
    static class Config {
    }

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
    void reviewCycle() {
        TotalsScenario.accounts(jdbc);
        feed = new TotalsEventFeed(projection, entityManager);
        TotalsScenario.reviewCycle(feed);
        feed.commitBatch();
    }

    @Test
    void as_of_totals_before_and_after_the_adjustment() {
        assertThat(handler.handle(new FindAssessmentTotals(DONGSHAN_2019, Instant.parse(BEFORE_REVIEW))).orElseThrow().total())
                .isEqualTo(s("24"));
        assertThat(handler.handle(new FindAssessmentTotals(DONGSHAN_2019, Instant.parse(AFTER_ADJUSTMENT))).orElseThrow().total())
                .isEqualTo(s("22"));
        assertThat(handler.handle(new FindAssessmentTotals(DONGSHAN_2019)).orElseThrow().total()).isEqualTo(s("23"));
    }

    @Test
    void ranking_as_of_before_review_and_now() {
        assertThat(handler.handle(new FindSchemeRanking(SCHEME, Instant.parse(BEFORE_REVIEW), null)).orElseThrow().rows())
                .extracting(RankingRow::rank).containsExactly(1, 2, 2);
        assertThat(handler.handle(new FindSchemeRanking(SCHEME, null, null)).orElseThrow().rows())
                .extracting(RankingRow::rank).containsExactly(1, 2, null);
    }

    @Test
    void provenance_of_an_indicator_with_display_names() {
        assertThat(handler.handle(new FindScoreProvenance(DONGSHAN_2019, ScorePart.INDICATOR, "1.1.2", null)).orElseThrow().entries())
                .extracting(ProvenanceEntry::actorName).containsExactly("黄淑芬", "县绩效办审核员");
    }
}
