package org.evaltrack.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.ReportSectionKind;
import org.evaltrack.kernel.assessment.ReportSectionWritten;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.query.report.FindReportContent;
import org.evaltrack.kernel.query.report.ReportContentView;
import org.evaltrack.kernel.query.report.ReportSectionView;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.QuerySideJpaPackages;
import org.evaltrack.query.config.QueryFlywayConfig;
import org.evaltrack.testsupport.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** The report read model on PostgreSQL (query migrations, schema validated against the entities). */
@PostgresTest
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = ReportProjectionPostgresTest.Config.class)
class ReportProjectionPostgresTest {

    private static final AssessmentId DONGSHAN_2019 = AssessmentId.of("assessment-dongshan");
    private static final UnitId DONGSHAN = UnitId.of("unit-dongshan");
    private static final SchemeId SCHEME = SchemeId.of("scheme-2019");
    private static final Instant T0 = Instant.parse("2020-01-08T02:00:00Z");

    @Configuration(proxyBeanMethods = false)
    @Import({QuerySideJpaPackages.class, QueryFlywayConfig.class, ReportProjection.class, ReportQueryHandler.class})
    static class Config {
    }

    @Autowired
    ReportProjection projection;
    @Autowired
    ReportQueryHandler queries;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    private AnnotationEventHandlerAdapter adapter;
    private final Map<String, Long> sequences = new HashMap<>();
    private GenericDomainEventMessage<?> last;

    @BeforeEach
    void opened() {
        adapter = new AnnotationEventHandlerAdapter(projection);
        deliver(T0, new AssessmentOpened(DONGSHAN_2019, SCHEME, DONGSHAN, 2019, T0));
    }

    @Test
    void writtenSectionsAreAnsweredInKindOrderWithTheirRevisionAndTime() {
        deliver(T0.plusSeconds(60), written(ReportSectionKind.PROBLEMS, "人员少", 1));
        deliver(T0.plusSeconds(120), written(ReportSectionKind.MEASURES, "加强领导", 1));

        ReportContentView content = content();
        assertThat(content.unitId()).isEqualTo(DONGSHAN);
        assertThat(content.sections()).containsExactly(
                new ReportSectionView(ReportSectionKind.MEASURES, "加强领导", 1, T0.plusSeconds(120)),
                new ReportSectionView(ReportSectionKind.PROBLEMS, "人员少", 1, T0.plusSeconds(60)));
    }

    @Test
    void aRewriteReplacesTheTextOfItsKindOnly() {
        deliver(T0.plusSeconds(60), written(ReportSectionKind.MEASURES, "初稿", 1));
        deliver(T0.plusSeconds(60), written(ReportSectionKind.PROBLEMS, "人员少", 1));
        deliver(T0.plusSeconds(90), written(ReportSectionKind.MEASURES, "定稿", 2));

        assertThat(content().sections()).extracting(ReportSectionView::text).containsExactly("定稿", "人员少");
        assertThat(jdbc.queryForObject("select count(*) from report_section", Integer.class)).isEqualTo(2);
    }

    @Test
    void aRedeliveredSectionLeavesOneRow() {
        deliver(T0.plusSeconds(60), written(ReportSectionKind.MEASURES, "加强领导", 1));
        redeliverLast();

        assertThat(content().sections()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from report_section", Integer.class)).isEqualTo(1);
    }

    @Test
    void theNarrativeIsTheLatestClaimsAndAClaimWithoutOneRemovesIt() {
        deliver(T0.plusSeconds(10), claimed("1.1.1", "脱贫33户", 1));
        deliver(T0.plusSeconds(20), claimed("1.1.2", "未新增债务", 1));
        deliver(T0.plusSeconds(30), claimed("1.1.1", "脱贫33户102人", 2));
        deliver(T0.plusSeconds(40), claimed("1.1.2", null, 2));

        assertThat(content().narratives()).containsExactly(Map.entry("1.1.1", "脱贫33户102人"));
    }

    @Test
    void anUnknownAssessmentHasNoReport() {
        assertThat(queries.handle(new FindReportContent(AssessmentId.of("assessment-unknown")))).isEmpty();
    }

    @Test
    void resetRemovesEveryRowSoAReplayStartsClean() {
        deliver(T0.plusSeconds(10), claimed("1.1.1", "脱贫33户", 1));
        deliver(T0.plusSeconds(60), written(ReportSectionKind.MEASURES, "加强领导", 1));
        flush();

        adapter.prepareReset(null);

        for (String table : List.of("report_assessment", "report_section", "report_narrative")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isZero();
        }
    }

    private static ReportSectionWritten written(ReportSectionKind kind, String text, int revision) {
        return new ReportSectionWritten(DONGSHAN_2019, DONGSHAN, kind, text, revision);
    }

    private static ScoreClaimed claimed(String indicator, String narrative, int revision) {
        return new ScoreClaimed(DONGSHAN_2019, SCHEME, DONGSHAN, indicator, null, Score.of("5"), Score.of("5"),
                ScoringMode.STANDARD, narrative, List.of(), revision);
    }

    private ReportContentView content() {
        flush();
        return queries.handle(new FindReportContent(DONGSHAN_2019)).orElseThrow();
    }

    private void flush() {
        entityManager.flush();
        entityManager.clear();
    }

    private void deliver(Instant at, Object payload) {
        String aggregate = DONGSHAN_2019.value();
        long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
        last = new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregate, sequence, payload,
                Map.of(), UUID.randomUUID().toString(), at);
        handle(last);
    }

    private void redeliverLast() {
        flush();
        handle(last);
    }

    private void handle(GenericDomainEventMessage<?> message) {
        try {
            adapter.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("projection failed on " + message.getPayload(), e);
        }
    }
}
