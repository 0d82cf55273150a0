package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.assessment.SelfAssessmentSubmitted;
import org.evaltrack.kernel.ledger.TaskAssigned;
import org.evaltrack.kernel.ledger.TaskClosedOut;
import org.evaltrack.kernel.scheme.BonusRuleDefined;
import org.evaltrack.kernel.scheme.CategoryAdded;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemePublished;
import org.evaltrack.kernel.unit.UnitRegistered;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Append and reload over HTTP on PostgreSQL: a scheme, a unit and an assessment are built through
 * the API by the people whose job it is, the system is stopped and started again on the same
 * schema, and the events read back from the new context are exactly what was done, by whom.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppendAndReloadPostgresTest {

    private static final String OFFICE = "office";
    private static final String OFFICE_ID = "user-admin-01";
    private static final String REVIEWER = "reviewer";
    private static final String REVIEWER_ID = "user-reviewer-01";
    private static final String SUBMITTER = "e2e-submitter";
    private static final String LEADER = "e2e-leader";
    private static final String CLAIM_REQUEST = "e2e-claim-revision";
    /** Events the scenario appends to the assessment, in order. */
    private static final List<Class<?>> ASSESSMENT_EVENTS = List.of(AssessmentOpened.class, ScoreClaimed.class,
            ScoreClaimed.class, ScoreClaimed.class, EvidenceAttached.class, SelfAssessmentSubmitted.class,
            ReviewAdjustmentMade.class);

    private final RunningSystem system;
    private String schemeId;
    private String unitId;
    private String submitterId;
    private String assessmentId;
    private String taskId;

    AppendAndReloadPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs);
    }

    @BeforeAll
    void buildOverHttpThenRestart() {
        system.start();
        HttpApi api = system.http();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        schemeId = created(api.post(OFFICE, "/api/schemes", """
                {"year": 2020, "title": "端到端测试方案", "documentNumber": "测办发〔2020〕1号", "issuer": "测试县绩效办",
                 "deadlines": {"claimsDue": "%s", "evidenceDue": "%s", "reviewDue": "%s"}, "bonusCap": 5}"""
                .formatted(now.plus(30, ChronoUnit.DAYS), now.plus(35, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS))));
        ok(api.post(OFFICE, "/api/schemes/" + schemeId + "/categories", """
                {"categoryCode": "1.1", "section": "COMMON", "name": "重点工作", "budget": 10}"""));
        ok(api.post(OFFICE, "/api/schemes/" + schemeId + "/indicators", """
                {"categoryCode": "1.1", "indicatorCode": "1.1.1", "name": "精准脱贫", "scoringMode": "STANDARD", "maxPoints": 6}"""));
        ok(api.post(OFFICE, "/api/schemes/" + schemeId + "/indicators", """
                {"categoryCode": "1.1", "indicatorCode": "1.1.2", "name": "债务化解", "scoringMode": "STANDARD", "maxPoints": 4}"""));
        ok(api.post(OFFICE, "/api/schemes/" + schemeId + "/bonus-rules", """
                {"level": "CENTRAL_MEDIA", "name": "中央主流媒体推介", "pointsPerItem": 0.5}"""));
        ok(api.post(OFFICE, "/api/schemes/" + schemeId + "/publication", null));

        unitId = created(api.post(OFFICE, "/api/units", """
                {"name": "测试乡", "kind": "TOWNSHIP"}"""));
        submitterId = created(api.post(OFFICE, "/api/accounts", """
                {"username": "%s", "password": "%s", "displayName": "测试乡绩效专干", "role": "SUBMITTER", "unitId": "%s"}"""
                .formatted(SUBMITTER, HttpApi.PASSWORD, unitId)));
        String leaderId = created(api.post(OFFICE, "/api/accounts", """
                {"username": "%s", "password": "%s", "displayName": "测试乡分管领导", "role": "LEADER", "unitId": "%s"}"""
                .formatted(LEADER, HttpApi.PASSWORD, unitId)));
        assessmentId = created(api.post(OFFICE, "/api/assessments", """
                {"schemeId": "%s", "unitId": "%s"}""".formatted(schemeId, unitId)));

        taskId = created(api.post(SUBMITTER, "/api/assessments/" + assessmentId + "/tasks", """
                {"indicatorCode": "1.1.1", "title": "脱贫户筛查", "requiredItem": "筛查台账", "leaderId": "%s", "department": "扶贫工作站", "dueDate": "%s"}"""
                .formatted(leaderId, LocalDate.now().plusDays(20))));
        ok(api.put(SUBMITTER, claim("1.1.1"), """
                {"claimedScore": 5, "narrative": "基本完成"}"""));
        ok(api.put(SUBMITTER, claim("1.1.1"), """
                {"claimedScore": 6, "narrative": "全面完成，补充说明"}""", "X-Correlation-Id", CLAIM_REQUEST));
        ok(api.put(SUBMITTER, claim("1.1.2"), """
                {"claimedScore": 3.5, "narrative": "未新增债务"}"""));
        created(api.upload(SUBMITTER, "/api/assessments/" + assessmentId + "/evidence", "筛查台账.txt", "text/plain",
                "脱贫户筛查台账".getBytes(StandardCharsets.UTF_8),
                Map.of("indicatorCodes", List.of("1.1.1"), "taskIds", List.of(taskId))));
        ok(api.post(SUBMITTER, "/api/assessments/" + assessmentId + "/submission", """
                {"declared": {"base": 9.5, "bonus": 0, "total": 9.5}}"""));
        ok(api.post(REVIEWER, "/api/assessments/" + assessmentId + "/adjustments", """
                {"indicatorCode": "1.1.1", "newScore": 5, "reason": "台账缺少两户签字"}"""));

        system.restart();
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void theAssessmentsEventsComeBackInOrderWithSequenceNumbersWithoutGaps() {
        List<DomainEventMessage<?>> events = firstEvents(assessmentId, ASSESSMENT_EVENTS.size());

        assertThat(types(events)).containsExactlyElementsOf(ASSESSMENT_EVENTS);
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(IntStream.range(0, events.size()).mapToObj(Long::valueOf).toList());
        assertThat(events).extracting(DomainEventMessage::getAggregateIdentifier).containsOnly(assessmentId);
    }

    @Test
    void theAssessmentsPayloadsHoldWhatWasSent() {
        List<DomainEventMessage<?>> events = firstEvents(assessmentId, ASSESSMENT_EVENTS.size());

        ScoreClaimed revision = (ScoreClaimed) events.get(2).getPayload();
        assertThat(revision.indicatorCode()).isEqualTo("1.1.1");
        assertThat(revision.claimedScore().value()).isEqualByComparingTo("6");
        EvidenceAttached evidence = (EvidenceAttached) events.get(4).getPayload();
        assertThat(evidence.fileName()).isEqualTo("筛查台账.txt");
        assertThat(evidence.taskIds()).extracting(Object::toString).containsExactly(taskId);
        ReviewAdjustmentMade adjustment = (ReviewAdjustmentMade) events.get(6).getPayload();
        assertThat(adjustment.newScore().value()).isEqualByComparingTo("5");
        assertThat(adjustment.reason()).isEqualTo("台账缺少两户签字");
    }

    @Test
    void everyAssessmentEventNamesWhoActedInWhichRoleAndRequest() {
        List<DomainEventMessage<?>> events = firstEvents(assessmentId, ASSESSMENT_EVENTS.size());

        events.forEach(event -> assertThat((String) event.getMetaData().get(ActorMetaData.CORRELATION_ID))
                .as("correlationId of %s", event.getPayloadType().getSimpleName()).isNotBlank());
        assertThat(events.get(0).getMetaData()).containsEntry(ActorMetaData.USER_ID, OFFICE_ID)
                .containsEntry(ActorMetaData.ROLE, "ADMIN");
        events.subList(1, 6).forEach(event -> assertThat(event.getMetaData())
                .containsEntry(ActorMetaData.USER_ID, submitterId)
                .containsEntry(ActorMetaData.ROLE, "SUBMITTER")
                .containsEntry(ActorMetaData.UNIT_ID, unitId));
        assertThat(events.get(6).getMetaData()).containsEntry(ActorMetaData.USER_ID, REVIEWER_ID)
                .containsEntry(ActorMetaData.ROLE, "REVIEWER").doesNotContainKey(ActorMetaData.UNIT_ID);
    }

    @Test
    void theCorrelationIdAClientSentIsTheOneItsEventCarries() {
        List<DomainEventMessage<?>> events = firstEvents(assessmentId, ASSESSMENT_EVENTS.size());

        assertThat(events.get(2).getMetaData()).containsEntry(ActorMetaData.CORRELATION_ID, CLAIM_REQUEST);
        assertThat(events.get(1).getMetaData().get(ActorMetaData.CORRELATION_ID)).isNotEqualTo(CLAIM_REQUEST);
    }

    @Test
    void theSchemesEventsComeBackInOrderFromTheOffice() {
        List<DomainEventMessage<?>> events = system.events(schemeId);

        assertThat(types(events)).containsExactly(SchemeDrafted.class,
                CategoryAdded.class, IndicatorAdded.class, IndicatorAdded.class, BonusRuleDefined.class,
                SchemePublished.class);
        assertThat(events).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        events.forEach(event -> assertThat(event.getMetaData()).containsEntry(ActorMetaData.USER_ID, OFFICE_ID)
                .containsEntry(ActorMetaData.ROLE, "ADMIN").containsKey(ActorMetaData.CORRELATION_ID));
    }

    @Test
    void theUnitsRegistrationComesBack() {
        List<DomainEventMessage<?>> events = system.events(unitId);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getPayload()).isInstanceOf(UnitRegistered.class);
            assertThat(event.getSequenceNumber()).isZero();
            assertThat(event.getMetaData()).containsEntry(ActorMetaData.USER_ID, OFFICE_ID)
                    .containsKey(ActorMetaData.CORRELATION_ID);
        });
    }

    @Test
    void theTaskClosedByTheEvidenceIsClosedOutInTheSameRequestsName() {
        List<DomainEventMessage<?>> ledger = system.events("ledger:" + assessmentId);
        DomainEventMessage<?> attached = firstEvents(assessmentId, ASSESSMENT_EVENTS.size()).get(4);

        assertThat(types(ledger)).containsExactly(TaskAssigned.class, TaskClosedOut.class);
        assertThat(ledger).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(ledger.get(1).getMetaData())
                .containsEntry(ActorMetaData.USER_ID, submitterId)
                .containsEntry(ActorMetaData.ROLE, "SUBMITTER")
                .containsEntry(ActorMetaData.CORRELATION_ID, attached.getMetaData().get(ActorMetaData.CORRELATION_ID));
    }

    @Test
    void claimsStayLockedAfterTheRestart() {
        HttpApi.Answer refused = system.http().put(SUBMITTER, claim("1.1.2"), """
                {"claimedScore": 4, "narrative": "再改一次"}""");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("code").asText()).isEqualTo("CLAIMS_LOCKED");
    }

    @Test
    void theReloadedAssessmentTakesTheNextEventAtTheNextSequenceNumber() {
        long version = system.version(assessmentId);

        HttpApi.Answer adjusted = system.http().post(REVIEWER, "/api/assessments/" + assessmentId + "/adjustments", """
                {"indicatorCode": "1.1.2", "newScore": 3, "reason": "债务明细不全"}""",
                "If-Match", String.valueOf(version));

        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
        List<DomainEventMessage<?>> events = system.events(assessmentId);
        assertThat(events.get(events.size() - 1).getSequenceNumber()).isEqualTo(version + 1);
        assertThat(events.get(events.size() - 1).getPayload()).isInstanceOf(ReviewAdjustmentMade.class);
    }

    private List<DomainEventMessage<?>> firstEvents(String aggregateId, int count) {
        List<DomainEventMessage<?>> events = system.events(aggregateId);
        assertThat(events).hasSizeGreaterThanOrEqualTo(count);
        return events.subList(0, count);
    }

    private static List<Class<?>> types(List<DomainEventMessage<?>> events) {
        return events.stream().<Class<?>>map(DomainEventMessage::getPayloadType).toList();
    }

    private String claim(String code) {
        return "/api/assessments/" + assessmentId + "/claims/" + code;
    }

    private static String created(HttpApi.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.id();
    }

    private static void ok(HttpApi.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 204);
    }
}
