package org.evaltrack.query.totals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evaltrack.query.totals.TotalsScenario.CHANGPU_2019;
import static org.evaltrack.query.totals.TotalsScenario.DONGSHAN;
import static org.evaltrack.query.totals.TotalsScenario.DONGSHAN_2019;
import static org.evaltrack.query.totals.TotalsScenario.HUANGSANG_2019;
import static org.evaltrack.query.totals.TotalsScenario.OFFICE;
import static org.evaltrack.query.totals.TotalsScenario.SCHEME;
import static org.evaltrack.query.totals.TotalsScenario.s;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.query.UnitSummary;
import org.evaltrack.kernel.query.catalog.AssessmentPage;
import org.evaltrack.kernel.query.catalog.FindAssessmentPage;
import org.evaltrack.kernel.query.catalog.FindSchemeTree;
import org.evaltrack.kernel.query.catalog.ListSchemeCatalog;
import org.evaltrack.kernel.query.catalog.ListSchemeBonusLevels;
import org.evaltrack.kernel.query.catalog.ListUnitCatalog;
import org.evaltrack.kernel.query.catalog.SchemeBonusLevels;
import org.evaltrack.kernel.query.catalog.SchemeCatalog;
import org.evaltrack.kernel.query.catalog.SchemeState;
import org.evaltrack.kernel.query.catalog.SchemeTree;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.BonusRuleDefined;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.SchemeClosed;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The JSON read API's handlers (schemes with their state and tree, units, a page of assessments with
 * totals) on PostgreSQL, over what the totals projection wrote from a whole review cycle, a closure and a draft.
 */
@ContextConfiguration(classes = {SchemeCatalogDirectory.class, AssessmentPageDirectory.class})
class CatalogDirectoriesPostgresTest extends TotalsDatabaseTest {

    private static final SchemeId DRAFT = SchemeId.of("scheme-2020-draft");

    @Autowired
    TotalsProjection projection;
    @Autowired
    SchemeCatalogDirectory schemes;
    @Autowired
    AssessmentPageDirectory assessments;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void reviewCycleThenClosureAndADraft() {
        TotalsScenario.accounts(jdbc);
        TotalsEventFeed feed = new TotalsEventFeed(projection, entityManager);
        TotalsScenario.reviewCycle(feed);
        feed.at("2020-03-01T00:00:00Z", SCHEME.value(), OFFICE, new SchemeClosed(SCHEME, "年度考核结束",
                Instant.parse("2020-03-01T00:00:00Z")));
        Instant due = Instant.parse("2021-01-10T15:59:59Z");
        feed.at("2020-06-01T00:00:00Z", DRAFT.value(), OFFICE, new SchemeDrafted(DRAFT, 2020, "2020年方案（草稿）", "草稿", "县委办",
                new Deadlines(due, due, due), null));
        feed.commitBatch();
    }

    @Test
    void theOfficeSeesDraftsEveryoneElsePublishedAndClosedSchemesEachWithItsState() {
        assertThat(schemes.handle(new ListSchemeCatalog(true)).schemes()).containsExactly(
                new SchemeCatalog.Entry(DRAFT.value(), 2020, "2020年方案（草稿）", SchemeState.DRAFT),
                new SchemeCatalog.Entry(SCHEME.value(), 2019, "2019年绥宁县重点工作绩效评估改革方案", SchemeState.CLOSED));
        assertThat(schemes.handle(new ListSchemeCatalog(false)).schemes()).extracting(SchemeCatalog.Entry::schemeId)
                .containsExactly(SCHEME.value());
    }

    @Test
    void aSchemesTreeHasSectionsCategoriesWithTheirCurrentBudgetAndIndicatorsWithTheirCurrentMaximum() {
        SchemeTree tree = schemes.handle(new FindSchemeTree(SCHEME, false)).orElseThrow();

        assertThat(tree.state()).isEqualTo(SchemeState.CLOSED);
        assertThat(tree.bonusCap()).isEqualTo(s("1"));
        assertThat(tree.sections()).extracting(SchemeTree.Section::section).containsExactly("COMMON", "SPECIFIC");
        SchemeTree.Category party = tree.sections().get(0).categories().get(0);
        assertThat(party.categoryCode()).isEqualTo("1.1");
        assertThat(party.budget()).isEqualTo(s("20"));
        assertThat(party.indicators()).containsExactly(
                new SchemeTree.Indicator("1.1.1", "党风廉政建设", ScoringMode.STANDARD, s("15"), null),
                new SchemeTree.Indicator("1.1.2", "政协工作", ScoringMode.STANDARD, s("5"), null));
        SchemeTree.Category revised = tree.sections().get(1).categories().get(0);
        assertThat(revised.budget()).isEqualTo(s("6"));
        assertThat(revised.indicators()).extracting(SchemeTree.Indicator::maxPoints).containsExactly(s("6"));
    }

    @Test
    void aDraftIsFoundForTheOfficeOnly() {
        assertThat(schemes.handle(new FindSchemeTree(DRAFT, false))).isEmpty();
        SchemeTree draft = schemes.handle(new FindSchemeTree(DRAFT, true)).orElseThrow();
        assertThat(draft.state()).isEqualTo(SchemeState.DRAFT);
        assertThat(draft.bonusCap()).as("drafted without a cap").isNull();
        assertThat(draft.sections()).isEmpty();
        assertThat(schemes.handle(new FindSchemeTree(SchemeId.of("scheme-unknown"), true))).isEmpty();
    }

    @Test
    void unitsAllOrOnlyTheCallersOwn() {
        assertThat(schemes.handle(new ListUnitCatalog(null)).units()).hasSize(3);
        assertThat(schemes.handle(new ListUnitCatalog(DONGSHAN)).units())
                .containsExactly(new UnitSummary(DONGSHAN.value(), "东山侗族乡", "TOWNSHIP"));
    }

    @Test
    void eachAssessmentCarriesItsStatusAndTheTotalsTheTotalsQueryComputes() {
        AssessmentPage page = assessments.handle(new FindAssessmentPage(SCHEME, null, null, null, 0, 50));

        assertThat(page.total()).isEqualTo(3);
        AssessmentPage.Entry dongshan = entry(page, DONGSHAN_2019.value());
        assertThat(dongshan.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(dongshan.schemeTitle()).isEqualTo("2019年绥宁县重点工作绩效评估改革方案");
        assertThat(dongshan.unitName()).isEqualTo("东山侗族乡");
        assertThat(dongshan.year()).isEqualTo(2019);
        assertThat(dongshan.totals()).isEqualTo(new AssessmentPage.Totals(s("22"), s("1"), s("23"), false));
        assertThat(entry(page, HUANGSANG_2019.value()).totals().vetoed()).isTrue();
        assertThat(entry(page, CHANGPU_2019.value()).totals().total()).isEqualTo(s("24"));
    }

    @Test
    void filtersAndTheCallersUnitNarrowTheQueryItself() {
        assertThat(assessments.handle(new FindAssessmentPage(null, null, AssessmentStatus.OPEN, null, 0, 50)).assessments())
                .extracting(AssessmentPage.Entry::assessmentId)
                .containsExactlyInAnyOrder(CHANGPU_2019.value(), HUANGSANG_2019.value());
        AssessmentPage own = assessments.handle(new FindAssessmentPage(null, null, null, DONGSHAN, 0, 50));
        assertThat(own.total()).isEqualTo(1);
        assertThat(own.assessments()).extracting(AssessmentPage.Entry::assessmentId).containsExactly(DONGSHAN_2019.value());
        assertThat(assessments.handle(new FindAssessmentPage(null, TotalsScenario.CHANGPU, null, DONGSHAN, 0, 50)).total())
                .isZero();
        assertThat(assessments.handle(new FindAssessmentPage(DRAFT, null, null, null, 0, 50)).assessments()).isEmpty();
    }

    @Test
    void pagesSplitTheMatchesWithoutOverlapAndCountThemAll() {
        AssessmentPage first = assessments.handle(new FindAssessmentPage(null, null, null, null, 0, 2));
        AssessmentPage second = assessments.handle(new FindAssessmentPage(null, null, null, null, 1, 2));

        assertThat(first.total()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(3);
        assertThat(first.assessments()).hasSize(2);
        assertThat(second.assessments()).hasSize(1);
        List<String> seen = new java.util.ArrayList<>(first.assessments().stream().map(AssessmentPage.Entry::assessmentId).toList());
        seen.addAll(second.assessments().stream().map(AssessmentPage.Entry::assessmentId).toList());
        assertThat(seen).containsExactlyInAnyOrder(DONGSHAN_2019.value(), CHANGPU_2019.value(), HUANGSANG_2019.value());
    }

    private static AssessmentPage.Entry entry(AssessmentPage page, String id) {
        return page.assessments().stream().filter(e -> e.assessmentId().equals(id)).findFirst().orElseThrow();
    }
    @Test
    void aSchemesBonusLevelsAreItsRulesInTheOrderDefinedALaterRuleReplacingAnEarlierOne() {
        TotalsEventFeed feed = new TotalsEventFeed(projection, entityManager);
        feed.at("2020-06-02T00:00:00Z", DRAFT.value(), OFFICE, new BonusRuleDefined(DRAFT, BonusLevel.PROVINCIAL_MEDIA, "省级媒体", s("0.3")));
        feed.at("2020-06-02T00:01:00Z", DRAFT.value(), OFFICE, new BonusRuleDefined(DRAFT, BonusLevel.CENTRAL_MEDIA, "中央媒体", s("0.5")));
        feed.at("2020-06-02T00:02:00Z", DRAFT.value(), OFFICE, new BonusRuleDefined(DRAFT, BonusLevel.PROVINCIAL_MEDIA, "省级主流媒体", s("0.4")));
        feed.commitBatch();

        assertThat(schemes.handle(new ListSchemeBonusLevels(DRAFT)).levels()).containsExactly(
                new SchemeBonusLevels.Level(BonusLevel.PROVINCIAL_MEDIA, "省级主流媒体", s("0.40")),
                new SchemeBonusLevels.Level(BonusLevel.CENTRAL_MEDIA, "中央媒体", s("0.50")));
        assertThat(schemes.handle(new ListSchemeBonusLevels(SchemeId.of("scheme-none"))).levels()).isEmpty();

        feed.reset();
        assertThat(schemes.handle(new ListSchemeBonusLevels(DRAFT)).levels()).as("a replay starts without them").isEmpty();
    }
}
