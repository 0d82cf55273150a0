package org.evaltrack.query.claimsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.BonusAwardRejected;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceCaptureTimeAccepted;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.EvidenceRejected;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView.BonusClaimText;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView.EvidenceItem;
import org.evaltrack.kernel.query.claimsheet.FindClaimSheet;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.DeadlinesRevised;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.VetoConditionDefined;
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
import org.springframework.test.context.ContextConfiguration;

/** The claim sheet on PostgreSQL: what each event leaves behind, as FindClaimSheet answers it. */
@PostgresTest
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = ClaimSheetProjectionTest.Config.class)
class ClaimSheetProjectionTest {

    @Configuration(proxyBeanMethods = false)
    @Import({QuerySideJpaPackages.class, QueryFlywayConfig.class, ClaimSheetProjection.class, ClaimSheetQueryHandler.class})
    static class Config {
    }

    static final SchemeId SCHEME = SchemeId.of("scheme-2019");
    static final UnitId UNIT = UnitId.of("unit-dongshan");
    static final AssessmentId ASSESSMENT = AssessmentId.of("assessment-dongshan");
    static final Instant T0 = Instant.parse("2020-01-05T02:00:00Z");
    static final Deadlines DEADLINES = new Deadlines(Instant.parse("2020-01-10T15:59:59Z"),
            Instant.parse("2020-01-15T15:59:59Z"), Instant.parse("2020-02-28T15:59:59Z"));

    @Autowired
    ClaimSheetProjection projection;
    @Autowired
    ClaimSheetQueryHandler handler;

    @BeforeEach
    void openedUnderAScheme() {
        projection.on(new SchemeDrafted(SCHEME, 2019, "2019年绩效评估方案", "绥办发〔2019〕54号", "县委办", DEADLINES, Score.of("10")));
        projection.on(new AssessmentOpened(ASSESSMENT, SCHEME, UNIT, 2019, T0));
    }

    @Test
    void aNewClaimReplacesTheNarrativeAndFiguresOfTheOneBefore() {
        projection.on(claimed("14", "<script>alert(1)</script>初次自评", 1,
                new ReportedFigure("固定资产投资", new BigDecimal("1.79"), "亿元"),
                new ReportedFigure("脱贫户", new BigDecimal("33"), "户")), T0);
        projection.on(claimed("13", "修改后的说明", 2, new ReportedFigure("固定资产投资", new BigDecimal("17168"), "万元")),
                T0.plusSeconds(60));

        ClaimSheetView.ClaimText claim = sheet().claims().get(0);
        assertThat(sheet().claims()).hasSize(1);
        assertThat(claim.narrative()).isEqualTo("修改后的说明");
        assertThat(claim.revision()).isEqualTo(2);
        assertThat(claim.claimedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(claim.reportedFigures()).containsExactly(new ClaimSheetView.Figure("固定资产投资", "17168", "万元"));
    }

    @Test
    void aNarrativeIsKeptVerbatim() {
        String hostile = "<script>alert(1)</script>'; drop table claim_sheet_claim; --";
        projection.on(claimed("14", hostile, 1), T0);

        assertThat(sheet().claims().get(0).narrative()).isEqualTo(hostile);
    }

    @Test
    void evidenceKeepsItsLinksCaptureTimeAndState() {
        Instant received = Instant.parse("2020-01-16T01:00:00Z");
        Instant captured = Instant.parse("2020-01-14T09:30:00Z");
        projection.on(attached("evidence-1", received, null, true, "1.1.2", "1.1.1"));
        projection.on(attached("evidence-2", received.plusSeconds(1), null, false, "1.1.1"));
        projection.on(new EvidenceCaptureTimeAccepted(ASSESSMENT, EvidenceId.of("evidence-1"), captured, DEADLINES.evidenceDue(), false,
                "断网期间拍摄"));
        projection.on(new EvidenceWithdrawn(ASSESSMENT, EvidenceId.of("evidence-2"), Set.of("1.1.1"), Set.of(), "传错文件"));

        List<EvidenceItem> evidence = sheet().evidence();
        assertThat(evidence).extracting(EvidenceItem::evidenceId).containsExactly("evidence-1", "evidence-2");
        EvidenceItem first = evidence.get(0);
        assertThat(first.indicatorCodes()).containsExactly("1.1.1", "1.1.2");
        assertThat(first.capturedAt()).isEqualTo(captured);
        assertThat(first.late()).isFalse();
        assertThat(first.active()).isTrue();
        assertThat(first.sha256()).isEqualTo("a".repeat(64));
        assertThat(evidence.get(1).state()).isEqualTo("WITHDRAWN");
        assertThat(evidence.get(1).active()).isFalse();
        assertThat(evidence.get(1).stateReason()).isEqualTo("传错文件");
        assertThat(first.captureTimeAccepted()).isTrue();
        assertThat(first.acceptanceReason()).isEqualTo("断网期间拍摄");
        assertThat(evidence.get(1).captureTimeAccepted()).isFalse();
        assertThat(first.stateReason()).isNull();
    }

    @Test
    void rejectedEvidenceIsMarkedRejected() {
        projection.on(attached("evidence-1", T0, T0.minusSeconds(3600), false, "1.1.1"));
        projection.on(new EvidenceRejected(ASSESSMENT, EvidenceId.of("evidence-1"), Set.of("1.1.1"), Set.of(), "不清晰"));

        assertThat(sheet().evidence().get(0).state()).isEqualTo("REJECTED");
        assertThat(sheet().evidence().get(0).stateReason()).isEqualTo("不清晰");
        assertThat(sheet().evidence().get(0).capturedAt()).isEqualTo(T0.minusSeconds(3600));
    }

    @Test
    void bonusClaimsKeepTheirWordsInTheOrderClaimedWithTheReviewersNoteOrReason() {
        projection.on(bonus("bonus-b", "《东山乡：公开承诺》", "湖南日报", LocalDate.of(2019, 11, 2)));
        projection.on(bonus("bonus-a", "市级先进单位", null, LocalDate.of(2019, 12, 20)));
        projection.on(bonus("bonus-c", "市级先进单位", "市政府", LocalDate.of(2019, 12, 21)));
        projection.on(new BonusAwardVerified(ASSESSMENT, BonusClaimId.of("bonus-a"), BonusLevel.MUNICIPAL_COMMENDATION,
                Score.of("0.5"), "文件已核"));
        projection.on(new BonusAwardRejected(ASSESSMENT, BonusClaimId.of("bonus-c"), BonusLevel.MUNICIPAL_COMMENDATION,
                Score.of("0.5"), BonusClaimId.of("bonus-a"), "重复申报"));

        List<BonusClaimText> claims = sheet().bonusClaims();
        assertThat(claims).extracting(BonusClaimText::bonusClaimId).containsExactly("bonus-b", "bonus-a", "bonus-c");
        assertThat(claims.get(0)).isEqualTo(new BonusClaimText("bonus-b", "MUNICIPAL_COMMENDATION", "《东山乡：公开承诺》",
                "湖南日报", LocalDate.of(2019, 11, 2), null, null));
        assertThat(claims.get(1).source()).isNull();
        assertThat(claims.get(1).verificationNote()).isEqualTo("文件已核");
        assertThat(claims.get(2).rejectionReason()).isEqualTo("重复申报");
        assertThat(claims.get(2).verificationNote()).isNull();
    }

    @Test
    void deadlinesFollowRevisionsAndVetoConditionsKeepTheSchemesOrder() {
        Deadlines later = new Deadlines(Instant.parse("2020-01-20T15:59:59Z"), DEADLINES.evidenceDue(), DEADLINES.reviewDue());
        projection.on(new DeadlinesRevised(SCHEME, DEADLINES, later, "疫情顺延"));
        projection.on(new VetoConditionDefined(SCHEME, "VETO-SAFETY", "发生重大安全生产责任事故"));
        projection.on(new VetoConditionDefined(SCHEME, "VETO-NEGLECT", "绩效评估工作简单应付"));

        ClaimSheetView sheet = sheet();
        assertThat(sheet.claimsDue()).isEqualTo(later.claimsDue());
        assertThat(sheet.evidenceDue()).isEqualTo(DEADLINES.evidenceDue());
        assertThat(sheet.vetoConditions()).extracting(ClaimSheetView.VetoCondition::conditionCode)
                .containsExactly("VETO-SAFETY", "VETO-NEGLECT");
    }

    @Test
    void anUnknownAssessmentHasNoSheetAndResetForgetsEverything() {
        projection.on(claimed("14", "说明", 1), T0);
        assertThat(handler.handle(new FindClaimSheet(AssessmentId.of("assessment-none")))).isEmpty();

        projection.reset();

        assertThat(handler.handle(new FindClaimSheet(ASSESSMENT))).isEmpty();
    }

    private ClaimSheetView sheet() {
        return handler.handle(new FindClaimSheet(ASSESSMENT)).orElseThrow();
    }

    private static ScoreClaimed claimed(String score, String narrative, int revision, ReportedFigure... figures) {
        return new ScoreClaimed(ASSESSMENT, SCHEME, UNIT, "1.1.1", null, Score.of(score), Score.of("15"), ScoringMode.STANDARD,
                narrative, List.of(figures), revision);
    }

    private static BonusClaimed bonus(String id, String title, String source, LocalDate awardedOn) {
        return new BonusClaimed(ASSESSMENT, BonusClaimId.of(id), BonusLevel.MUNICIPAL_COMMENDATION, title, title, source, awardedOn,
                Score.of("0.5"), Set.of(), null);
    }

    private static EvidenceAttached attached(String id, Instant received, Instant captured, boolean late, String... codes) {
        return new EvidenceAttached(ASSESSMENT, UNIT, EvidenceId.of(id), id + ".pdf", "application/pdf", 1234, "a".repeat(64),
                Set.of(codes), Set.of(), received, captured, DEADLINES.evidenceDue(), late);
    }
}
