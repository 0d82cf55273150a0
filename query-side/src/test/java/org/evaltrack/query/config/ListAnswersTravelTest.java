package org.evaltrack.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.AssessmentSummaries;
import org.evaltrack.kernel.query.AssessmentSummary;
import org.evaltrack.kernel.query.IndicatorName;
import org.evaltrack.kernel.query.ListSchemeIndicators;
import org.evaltrack.kernel.query.SchemeIndicators;
import org.evaltrack.kernel.query.SchemeSummaries;
import org.evaltrack.kernel.query.SchemeSummary;
import org.evaltrack.kernel.query.UnitSummaries;
import org.evaltrack.kernel.query.UnitSummary;
import org.evaltrack.kernel.query.account.AccountSummaries;
import org.evaltrack.kernel.query.catalog.AssessmentPage;
import org.evaltrack.kernel.query.catalog.FindAssessmentPage;
import org.evaltrack.kernel.query.catalog.FindSchemeTree;
import org.evaltrack.kernel.query.catalog.ListSchemeCatalog;
import org.evaltrack.kernel.query.catalog.ListUnitCatalog;
import org.evaltrack.kernel.query.catalog.SchemeCatalog;
import org.evaltrack.kernel.query.catalog.SchemeState;
import org.evaltrack.kernel.query.catalog.SchemeTree;
import org.evaltrack.kernel.query.account.AccountSummary;
import org.evaltrack.kernel.query.account.LeaderChoice;
import org.evaltrack.kernel.query.account.ListTrailActors;
import org.evaltrack.kernel.query.account.PersonChoice;
import org.evaltrack.kernel.query.account.TrailActors;
import org.evaltrack.kernel.query.account.UnitLeaders;
import org.evaltrack.kernel.query.ledger.AssessmentTasks;
import org.evaltrack.kernel.query.ledger.AssignedTask;
import org.evaltrack.kernel.query.ledger.LedgerUnitChoice;
import org.evaltrack.kernel.query.ledger.LedgerUnitChoices;
import org.evaltrack.kernel.query.ledger.ListAssessmentTasks;
import org.evaltrack.kernel.query.ledger.TaskDepartments;
import org.evaltrack.kernel.query.totals.AssessmentChoice;
import org.evaltrack.kernel.query.totals.AssessmentChoices;
import org.evaltrack.kernel.query.totals.ListAssessments;
import org.evaltrack.kernel.query.totals.SchemeChoice;
import org.evaltrack.kernel.query.totals.SchemeChoices;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages' list queries and their answers read back equal through the query side's Jackson serializer,
 * as they must when queries travel between nodes (Axon Server): each list sits in a named record, so its
 * elements come back as themselves, not as maps.
 */
class ListAnswersTravelTest {

    private final Serializer serializer = new QueryAxonConfig().serializer();

    static Stream<Object> messages() {
        return Stream.of(
                new ListAssessments(UnitId.of("unit-a")), new ListAssessments(null),
                new ListAssessmentTasks(AssessmentId.of("assessment-a")), new ListTrailActors(UnitId.of("unit-a")),
                new ListSchemeIndicators(SchemeId.of("scheme-2020")),
                new SchemeChoices(List.of(new SchemeChoice(SchemeId.of("scheme-2020"), "2020年度"))),
                new AssessmentChoices(List.of(new AssessmentChoice(AssessmentId.of("assessment-a"), SchemeId.of("scheme-2020"),
                        UnitId.of("unit-a"), "东山侗族乡"))),
                new LedgerUnitChoices(List.of(new LedgerUnitChoice(UnitId.of("unit-a"), "东山侗族乡"))),
                new TaskDepartments(List.of("财政所", "扶贫工作站")),
                new AssessmentTasks(List.of(new AssignedTask("task-1", null, "任务", "材料", "user-2", "杨国华", "财政所",
                        LocalDate.parse("2020-01-10"), false))),
                new TrailActors(List.of(new PersonChoice("user-1", "王"))),
                new UnitLeaders(List.of(new LeaderChoice("user-2", "杨国华", "yangguohua"))),
                new AccountSummaries(List.of(new AccountSummary("user-1", "office", "王", "ADMIN", null, null, true))),
                new UnitSummaries(List.of(new UnitSummary("unit-a", "东山侗族乡", "TOWNSHIP"))),
                new SchemeSummaries(List.of(new SchemeSummary("scheme-2020", 2020, "2020年度", false, 3, false))),
                new AssessmentSummaries(List.of(new AssessmentSummary("assessment-a", "scheme-2020", "2020年度", "unit-a",
                        "东山侗族乡", "OPEN"))),
                new SchemeIndicators(List.of(new IndicatorName("1.1", "学校"))),
                new ListSchemeCatalog(true), new FindSchemeTree(SchemeId.of("scheme-2020"), false),
                new ListUnitCatalog(UnitId.of("unit-a")), new ListUnitCatalog(null),
                new FindAssessmentPage(SchemeId.of("scheme-2020"), null, AssessmentStatus.OPEN, UnitId.of("unit-a"), 1, 20),
                new SchemeCatalog(List.of(new SchemeCatalog.Entry("scheme-2020", 2020, "2020年度", SchemeState.CLOSED))),
                new SchemeTree("scheme-2020", 2020, "2020年度", SchemeState.PUBLISHED, Score.of("10"), List.of(
                        new SchemeTree.Section("COMMON", List.of(new SchemeTree.Category("1.1", "党的建设", Score.of("20"), List.of(
                                new SchemeTree.Indicator("1.1.1", "党风廉政", ScoringMode.DEDUCTION_ONLY, Score.of("15"),
                                        Score.of("-5")))))))),
                new AssessmentPage(0, 50, 1, List.of(new AssessmentPage.Entry("assessment-a", "scheme-2020", "2020年度", 2020,
                        "unit-a", "东山侗族乡", AssessmentStatus.OPEN, new AssessmentPage.Totals(Score.of("22"), Score.of("1"),
                        Score.of("23"), false)))));
    }

    @ParameterizedTest
    @MethodSource("messages")
    void readsBackEqual(Object message) {
        SerializedObject<byte[]> serialized = serializer.serialize(message, byte[].class);
        Object read = serializer.deserialize(serialized);
        assertThat(read).isEqualTo(message);
    }
}
