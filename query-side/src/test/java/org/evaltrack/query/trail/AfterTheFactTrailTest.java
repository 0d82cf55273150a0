package org.evaltrack.query.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evaltrack.query.trail.TrailScenario.CHANGPU;
import static org.evaltrack.query.trail.TrailScenario.OFFICE;
import static org.evaltrack.query.trail.TrailScenario.OTHER;
import static org.evaltrack.query.trail.TrailScenario.SCHEME;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.evaltrack.kernel.assessment.AfterTheFact;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.query.trail.FindAssessmentTrail;
import org.evaltrack.kernel.query.trail.TrailEntryKind;
import org.evaltrack.kernel.query.trail.TrailEntryView;
import org.evaltrack.kernel.query.trail.TrailFilter;
import org.evaltrack.kernel.query.trail.TrailOrder;
import org.evaltrack.kernel.query.trail.TrailPaging;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 补录 on PostgreSQL: a row entered after the fact keeps its stated date, its recorded time and its reason. */
class AfterTheFactTrailTest extends TrailDatabaseTest {

    static final Instant STATED = Instant.parse("2020-01-08T04:00:00Z");
    static final Instant RECORDED = Instant.parse("2026-12-07T02:00:00Z");
    static final String WHY = "2019年度绩效评估补录：按自查自评报告录入";

    @Autowired
    EntityManager entityManager;
    @Autowired
    TrailProjection projection;
    @Autowired
    TrailQueryHandler queries;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aPastYearEnteredByTheOffice() {
        jdbc.execute("create table if not exists account (user_id varchar(64) primary key, username varchar(64) not null,"
                + " password_hash varchar(100) not null, display_name varchar(100) not null, role varchar(16) not null,"
                + " unit_id varchar(64), enabled boolean not null)");
        jdbc.update("insert into account values ('user-office', 'office', 'x', '县绩效办', 'ADMIN', null, true)");
        TrailFeed feed = new TrailFeed(projection, entityManager);
        TrailScenario.feed(feed);
        feed.as(OFFICE, "corr-backdate");
        feed.at(RECORDED, OTHER.value(), new ScoreClaimed(OTHER, SCHEME, CHANGPU, "1.1.1", null, Score.of("14"), Score.of("15"),
                ScoringMode.STANDARD, "脱贫攻坚任务基本完成", List.of(), 1, new AfterTheFact(STATED, RECORDED, WHY)));
        feed.at(RECORDED.plusSeconds(1), OTHER.value(), new ReviewAdjustmentMade(OTHER, SCHEME, CHANGPU, "1.1.1",
                Score.of("14"), Score.of("13"), Score.of("15"), "档案不全", null));
        feed.commitBatch();
    }

    @Test
    void theRowShowsTheDateItHappenedTheTimeItWasRecordedAndWhy() {
        List<TrailEntryView> rows = queries.handle(new FindAssessmentTrail(OTHER, TrailFilter.indicator("1.1.1"),
                new TrailPaging(0, 50, TrailOrder.OLDEST_FIRST))).orElseThrow().rows();

        assertThat(rows).extracting(TrailEntryView::kind)
                .containsExactly(TrailEntryKind.SCORE_CLAIMED, TrailEntryKind.REVIEW_ADJUSTMENT);
        TrailEntryView claim = rows.get(0);
        assertThat(claim.afterTheFact()).isEqualTo(new AfterTheFact(STATED, RECORDED, WHY));
        assertThat(claim.occurredAt()).isEqualTo(RECORDED);
        assertThat(claim.reason()).as("the narrative stays the row's reason").isEqualTo("脱贫攻坚任务基本完成");
        assertThat(claim.actor().displayName()).isEqualTo("县绩效办");
        assertThat(rows.get(1).afterTheFact()).as("a live entry carries no marker").isNull();
    }

    @Test
    void onlyTheRowEnteredAfterTheFactIsMarked() {
        assertThat(jdbc.queryForObject("select count(*) from trail_entry where stated_at is not null and stated_reason = ?",
                Long.class, WHY)).isEqualTo(1L);
    }
}
