package org.evaltrack.query.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Set;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.EvidenceRejected;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.query.evidence.EvidenceFileView;
import org.evaltrack.kernel.query.evidence.EvidenceState;
import org.evaltrack.kernel.query.evidence.FindEvidenceFile;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.QuerySideJpaPackages;
import org.evaltrack.query.config.QueryFlywayConfig;
import org.evaltrack.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** The evidence read model on PostgreSQL, its schema validated against the entity. */
@PostgresTest
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = EvidenceFileProjectionTest.Config.class)
class EvidenceFileProjectionTest {

    private static final AssessmentId ASSESSMENT = AssessmentId.of("assessment-dongshan");
    private static final UnitId DONGSHAN = UnitId.of("unit-dongshan");
    private static final EvidenceId EVIDENCE = EvidenceId.of("evidence-1");
    private static final String SHA = "c".repeat(64);
    private static final Instant RECEIVED = Instant.parse("2020-01-05T02:00:00Z");
    private static final Instant CAPTURED = Instant.parse("2020-01-04T08:00:00Z");

    @Configuration(proxyBeanMethods = false)
    @Import({QuerySideJpaPackages.class, QueryFlywayConfig.class, EvidenceFileProjection.class, EvidenceFileQueryHandler.class})
    static class Config {
    }

    @Autowired
    EvidenceFileProjection projection;
    @Autowired
    EvidenceFileQueryHandler queries;
    @Autowired
    EntityManager entityManager;

    @Test
    void attachedEvidenceIsKeptWithWhatADownloadNeeds() {
        projection.on(attached(true));

        assertThat(find()).isEqualTo(new EvidenceFileView(ASSESSMENT, EVIDENCE, DONGSHAN, "扶贫台账（第二季度）.pdf",
                "application/pdf", 2048, SHA, RECEIVED, CAPTURED, true, EvidenceState.ACTIVE));
    }

    @Test
    void aRedeliveredEventLeavesOneRow() {
        projection.on(attached(false));
        flush();
        projection.on(attached(false));
        flush();

        assertThat(entityManager.createQuery("select count(e) from EvidenceFileRecord e", Long.class).getSingleResult())
                .isEqualTo(1);
    }

    @Test
    void withdrawnEvidenceIsKeptAndMarked() {
        projection.on(attached(false));
        projection.on(new EvidenceWithdrawn(ASSESSMENT, EVIDENCE, Set.of("1.1.1"), Set.of(), "传错了"));

        assertThat(find().state()).isEqualTo(EvidenceState.WITHDRAWN);
    }

    @Test
    void rejectedEvidenceIsKeptAndMarked() {
        projection.on(attached(false));
        projection.on(new EvidenceRejected(ASSESSMENT, EVIDENCE, Set.of("1.1.1"), Set.of(), "与指标无关"));

        assertThat(find().state()).isEqualTo(EvidenceState.REJECTED);
    }

    @Test
    void evidenceIsFoundOnlyUnderItsOwnAssessment() {
        projection.on(attached(false));
        flush();

        assertThat(queries.handle(new FindEvidenceFile(AssessmentId.of("assessment-changpuzi"), EVIDENCE))).isEmpty();
    }

    @Test
    void resetForgetsEverything() {
        projection.on(attached(false));
        flush();

        projection.reset();

        assertThat(queries.handle(new FindEvidenceFile(ASSESSMENT, EVIDENCE))).isEmpty();
    }

    private EvidenceFileView find() {
        flush();
        return queries.handle(new FindEvidenceFile(ASSESSMENT, EVIDENCE)).orElseThrow();
    }

    private void flush() {
        entityManager.flush();
        entityManager.clear();
    }

    private static EvidenceAttached attached(boolean clientHashVerified) {
        return new EvidenceAttached(ASSESSMENT, DONGSHAN, EVIDENCE, "扶贫台账（第二季度）.pdf", "application/pdf", 2048, SHA,
                Set.of("1.1.1"), Set.of(), RECEIVED, CAPTURED, Instant.parse("2020-01-15T15:59:59Z"), false,
                clientHashVerified);
    }
}
