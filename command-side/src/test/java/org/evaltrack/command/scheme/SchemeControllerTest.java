package org.evaltrack.command.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.evaltrack.command.api.ControllerSliceTest;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.scheme.AddCategory;
import org.evaltrack.kernel.scheme.AddIndicator;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.CloseScheme;
import org.evaltrack.kernel.scheme.DefineBonusRule;
import org.evaltrack.kernel.scheme.DefineVetoCondition;
import org.evaltrack.kernel.scheme.DraftScheme;
import org.evaltrack.kernel.scheme.PublishScheme;
import org.evaltrack.kernel.scheme.ReviseBonusCap;
import org.evaltrack.kernel.scheme.ReviseCategoryBudget;
import org.evaltrack.kernel.scheme.ReviseDeadlines;
import org.evaltrack.kernel.scheme.ReviseIndicator;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.scheme.SubItem;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

class SchemeControllerTest extends ControllerSliceTest {

    private static final String SCHEME = "scheme-suining-2019";
    private static final String DRAFT = """
            {"year": 2019, "title": "2019年绥宁县重点工作绩效评估改革方案", "documentNumber": "绥办发〔2019〕54号",
             "issuer": "绥宁县委办公室",
             "deadlines": {"claimsDue": "2019-12-10T16:00:00Z", "evidenceDue": "2019-12-20T16:00:00Z",
                           "reviewDue": "2020-01-15T16:00:00Z"},
             "bonusCap": 6}""";

    @Test
    void adminDraftsSchemeUnderServerGeneratedId() throws Exception {
        asAdmin();
        perform(post("/api/schemes"), DRAFT)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(org.hamcrest.Matchers.startsWith("scheme-")));

        DraftScheme command = dispatchedPayload(DraftScheme.class);
        assertThat(command.year()).isEqualTo(2019);
        assertThat(command.title()).isEqualTo("2019年绥宁县重点工作绩效评估改革方案");
        assertThat(command.documentNumber()).isEqualTo("绥办发〔2019〕54号");
        assertThat(command.issuer()).isEqualTo("绥宁县委办公室");
        assertThat(command.deadlines().claimsDue()).isEqualTo(Instant.parse("2019-12-10T16:00:00Z"));
        assertThat(command.deadlines().reviewDue()).isEqualTo(Instant.parse("2020-01-15T16:00:00Z"));
        assertThat(command.bonusCap()).isEqualTo(Score.of("6.00"));
    }

    @Test
    void aSchemeIsDraftedWithoutACapWhenNoneIsGiven() throws Exception {
        asAdmin();
        perform(post("/api/schemes"), DRAFT.replaceAll(",\\s*\"bonusCap\": 6", ""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.changed.bonusCap").value("none"));

        assertThat(dispatchedPayload(DraftScheme.class).bonusCap()).isNull();
    }

    @Test
    void theBonusCapIsRevisedWithAReason() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/bonus-cap-revisions", SCHEME), """
                {"bonusCap": 8, "reason": "县委常委会决定"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(SCHEME))
                .andExpect(jsonPath("$.changed.bonusCap").value(8.0));

        assertThat(dispatchedPayload(ReviseBonusCap.class))
                .isEqualTo(new ReviseBonusCap(SchemeId.of(SCHEME), Score.of("8"), "县委常委会决定"));
    }

    @Test
    void aBonusCapRevisionWithoutACapLiftsIt() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/bonus-cap-revisions", SCHEME), """
                {"reason": "不设上限"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed.bonusCap").value("none"));

        assertThat(dispatchedPayload(ReviseBonusCap.class)).isEqualTo(new ReviseBonusCap(SchemeId.of(SCHEME), null, "不设上限"));
    }

    @Test
    void aBonusCapRevisionWithoutAReasonIsRefusedUnsent() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/bonus-cap-revisions", SCHEME), """
                {"bonusCap": 8}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void draftWithoutDeadlinesIsRejected() throws Exception {
        asAdmin();
        perform(post("/api/schemes"), """
                {"year": 2019, "title": "方案", "bonusCap": 6}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void bonusCapFinerThanHundredthsIsRejected() throws Exception {
        asAdmin();
        perform(post("/api/schemes"), DRAFT.replace("\"bonusCap\": 6", "\"bonusCap\": 6.005"))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void reviewerMayNotDraftSchemes() throws Exception {
        asReviewer();
        perform(post("/api/schemes"), DRAFT)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ROLE_NOT_ALLOWED"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void addsCategoryToTheSchemeInThePath() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/categories", SCHEME), """
                {"categoryCode": "C1", "section": "COMMON", "name": "三大攻坚战", "budget": 25}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(SCHEME))
                .andExpect(jsonPath("$.changed.categoryCode").value("C1"))
                .andExpect(jsonPath("$.changed.budget").value(25.0));

        assertThat(dispatchedPayload(AddCategory.class)).isEqualTo(
                new AddCategory(SchemeId.of(SCHEME), "C1", Section.COMMON, "三大攻坚战", Score.of("25")));
    }

    @Test
    void ifMatchBecomesTheExpectedVersion() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/categories", SCHEME).header("If-Match", "\"3\""), """
                {"categoryCode": "C1", "section": "COMMON", "name": "三大攻坚战", "budget": 25}""")
                .andExpect(status().isOk());

        assertThat(dispatched().getMetaData()).containsEntry(ActorMetaData.EXPECTED_VERSION, 3L);
    }

    @Test
    void malformedIfMatchIsRejectedAndNothingIsSent() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/publication", SCHEME).header("If-Match", "latest"), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void addsDeductionOnlyIndicatorWithFloorAndSubItems() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/indicators", SCHEME), """
                {"categoryCode": "S1", "indicatorCode": "S1.2", "name": "全面小康", "scoringMode": "DEDUCTION_ONLY",
                 "maxPoints": 0, "floor": -2.5, "subItems": [{"code": "a", "name": "债务控制"}],
                 "assumption": "floor inferred"}""")
                .andExpect(status().isOk());

        AddIndicator command = dispatchedPayload(AddIndicator.class);
        assertThat(command.schemeId()).isEqualTo(SchemeId.of(SCHEME));
        assertThat(command.categoryCode()).isEqualTo("S1");
        assertThat(command.indicatorCode()).isEqualTo("S1.2");
        assertThat(command.scoringMode()).isEqualTo(ScoringMode.DEDUCTION_ONLY);
        assertThat(command.maxPoints()).isEqualTo(Score.ZERO);
        assertThat(command.floor()).isEqualTo(Score.of("-2.50"));
        assertThat(command.subItems()).containsExactly(new SubItem("a", "债务控制"));
        assertThat(command.assumption()).isEqualTo("floor inferred");
    }

    @Test
    void indicatorWithBlankSubItemNameIsRejected() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/indicators", SCHEME), """
                {"categoryCode": "C1", "indicatorCode": "C1.2", "name": "防范化解重大风险", "scoringMode": "STANDARD",
                 "maxPoints": 5, "subItems": [{"code": "a", "name": ""}]}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void indicatorWithoutScoringModeIsRejected() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/indicators", SCHEME), """
                {"categoryCode": "C1", "indicatorCode": "C1.1", "name": "精准脱贫", "maxPoints": 15}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void definesBonusRule() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/bonus-rules", SCHEME), """
                {"level": "PROVINCIAL_MEDIA", "name": "省级媒体宣传", "pointsPerItem": 0.3}""")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(DefineBonusRule.class)).isEqualTo(
                new DefineBonusRule(SchemeId.of(SCHEME), BonusLevel.PROVINCIAL_MEDIA, "省级媒体宣传", Score.of("0.30")));
    }

    @Test
    void definesVetoCondition() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/veto-conditions", SCHEME), """
                {"conditionCode": "V1", "name": "发生重大安全生产事故"}""")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(DefineVetoCondition.class)).isEqualTo(
                new DefineVetoCondition(SchemeId.of(SCHEME), "V1", "发生重大安全生产事故"));
    }

    @Test
    void publishesWithoutABody() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/publication", SCHEME), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(SCHEME))
                .andExpect(jsonPath("$.changed.status").value("PUBLISHED"));

        assertThat(dispatchedPayload(PublishScheme.class)).isEqualTo(new PublishScheme(SchemeId.of(SCHEME)));
    }

    @Test
    void submitterMayNotPublish() throws Exception {
        asSubmitterOfOwnUnit();
        perform(post("/api/schemes/{id}/publication", SCHEME), null)
                .andExpect(status().isForbidden());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void revisesIndicatorNamedInThePath() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/indicators/{code}/revisions", SCHEME, "C2.2"), """
                {"maxPoints": 3, "reason": "正文为3分"}""")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(ReviseIndicator.class)).isEqualTo(
                new ReviseIndicator(SchemeId.of(SCHEME), "C2.2", Score.of("3"), null, "正文为3分"));
    }

    @Test
    void revisionWithoutReasonIsRejected() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/indicators/{code}/revisions", SCHEME, "C2.2"), """
                {"maxPoints": 3}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void revisesCategoryBudget() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/categories/{code}/revisions", SCHEME, "C2"), """
                {"budget": 34, "reason": "政协工作改为3分"}""")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(ReviseCategoryBudget.class)).isEqualTo(
                new ReviseCategoryBudget(SchemeId.of(SCHEME), "C2", Score.of("34"), "政协工作改为3分"));
    }

    @Test
    void revisesDeadlines() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/deadline-revisions", SCHEME), """
                {"deadlines": {"claimsDue": "2019-12-15T16:00:00Z", "evidenceDue": "2019-12-25T16:00:00Z",
                               "reviewDue": "2020-01-20T16:00:00Z"},
                 "reason": "平台故障顺延"}""")
                .andExpect(status().isOk());

        ReviseDeadlines command = dispatchedPayload(ReviseDeadlines.class);
        assertThat(command.schemeId()).isEqualTo(SchemeId.of(SCHEME));
        assertThat(command.deadlines().evidenceDue()).isEqualTo(Instant.parse("2019-12-25T16:00:00Z"));
        assertThat(command.reason()).isEqualTo("平台故障顺延");
    }

    @Test
    void deadlinesThatAreNotInstantsAreRejected() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/deadline-revisions", SCHEME), """
                {"deadlines": {"claimsDue": "next week", "evidenceDue": "2019-12-25T16:00:00Z",
                               "reviewDue": "2020-01-20T16:00:00Z"},
                 "reason": "平台故障顺延"}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void closesWithReason() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/closure", SCHEME), """
                {"reason": "年度考核结束"}""")
                .andExpect(status().isOk());

        assertThat(dispatchedPayload(CloseScheme.class)).isEqualTo(new CloseScheme(SchemeId.of(SCHEME), "年度考核结束"));
    }

    @Test
    void closingWithBlankReasonIsRejected() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/closure", SCHEME), """
                {"reason": "  "}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void schemeIdLongerThanAnyIdIsAMalformedRequest() throws Exception {
        asAdmin();
        perform(post("/api/schemes/{id}/publication", "s".repeat(65)), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));

        verifyNoInteractions(commandGateway);
    }
}
