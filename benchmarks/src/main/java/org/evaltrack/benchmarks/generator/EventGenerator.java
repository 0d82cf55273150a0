package org.evaltrack.benchmarks.generator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.BonusAwardRejected;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.assessment.SelfAssessmentSubmitted;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.TaskAssigned;
import org.evaltrack.kernel.ledger.TaskClosedOut;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.BonusRuleDefined;
import org.evaltrack.kernel.scheme.CategoryAdded;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.SchemePublished;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.scheme.SubItem;
import org.evaltrack.kernel.scheme.VetoConditionDefined;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitKind;
import org.evaltrack.kernel.unit.UnitRegistered;

/**
 * Produces, in store order, the events the command side would have stored for a {@link DataShape}:
 * the same kernel event classes, aggregate types, gap-free sequence numbers per aggregate and the
 * metadata every command stamps (user, role, unit, correlation, causation and trace ids). Values
 * follow the aggregates' rules (claims within the maximum, adjustments below the claim, every
 * bonus claim decided before the final review), so every projection accepts them. Deterministic for
 * a seed; timestamps advance one second per event from {@link #START}.
 */
public final class EventGenerator {

    static final List<BonusLevel> BONUS_LEVELS = List.of(BonusLevel.values());
    static final int VETO_CONDITIONS = 2;
    public static final Instant START = Instant.parse("2019-01-02T01:00:00Z");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final String SCHEME_TYPE = "AssessmentScheme";
    private static final String UNIT_TYPE = "AssessedUnit";
    private static final String ASSESSMENT_TYPE = "UnitAssessment";
    private static final String LEDGER_TYPE = "TaskLedger";

    private final DataShape shape;
    private final Random random;
    private final Consumer<DomainEventMessage<?>> sink;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private final List<GeneratedAssessment> assessments = new ArrayList<>();
    private long written;

    private EventGenerator(DataShape shape, long seed, Consumer<DomainEventMessage<?>> sink) {
        this.shape = shape;
        this.random = new Random(seed);
        this.sink = sink;
    }

    /** Hands every event to {@code sink} in store order; returns what was generated, for the query runners. */
    public static GeneratedData generate(DataShape shape, long seed, Consumer<DomainEventMessage<?>> sink) {
        EventGenerator generator = new EventGenerator(shape, seed, sink);
        List<String> schemes = new ArrayList<>();
        for (int s = 0; s < shape.schemes(); s++) {
            schemes.add(generator.scheme(s));
        }
        for (int s = 0; s < shape.schemes(); s++) {
            for (int u = 0; u < shape.unitsPerScheme(); u++) {
                generator.unit(s, u);
            }
        }
        for (int s = 0; s < shape.schemes(); s++) {
            for (int u = 0; u < shape.unitsPerScheme(); u++) {
                generator.assessment(s, u);
            }
        }
        return new GeneratedData(shape, generator.written, schemes, List.copyOf(generator.assessments));
    }

    // ---- schemes and units ---------------------------------------------------------------------

    private String scheme(int s) {
        SchemeId scheme = SchemeId.of(schemeId(s));
        Actor office = new Actor("user-office-" + s, Role.ADMIN, null);
        Instant claimsDue = START.plus(Duration.ofDays(400));
        Deadlines deadlines = new Deadlines(claimsDue, claimsDue.plus(Duration.ofDays(10)), claimsDue.plus(Duration.ofDays(40)));
        emit(SCHEME_TYPE, scheme.value(), office, new SchemeDrafted(scheme, 2019, "县" + s + "绩效考核方案", "办发〔2019〕" + s + "号",
                "县绩效考核办公室", deadlines, Score.of("5")));
        BigDecimal baseTotal = BigDecimal.ZERO;
        for (int c = 0; c < shape.categoriesPerScheme(); c++) {
            BigDecimal budget = BigDecimal.ZERO;
            for (int i = 0; i < shape.indicatorsPerCategory(); i++) {
                budget = budget.add(maxPoints(c, i));
            }
            baseTotal = baseTotal.add(budget);
            emit(SCHEME_TYPE, scheme.value(), office, new CategoryAdded(scheme, categoryCode(c),
                    c < shape.categoriesPerScheme() / 2 ? Section.COMMON : Section.SPECIFIC, "类别" + (c + 1), Score.of(budget)));
        }
        for (int c = 0; c < shape.categoriesPerScheme(); c++) {
            for (int i = 0; i < shape.indicatorsPerCategory(); i++) {
                String code = indicatorCode(c, i);
                emit(SCHEME_TYPE, scheme.value(), office, new IndicatorAdded(scheme, categoryCode(c), code, "指标" + code,
                        ScoringMode.STANDARD, Score.of(maxPoints(c, i)), null,
                        List.of(new SubItem(code + ".a", "台账"), new SubItem(code + ".b", "会议记录")), null));
            }
        }
        for (int l = 0; l < BONUS_LEVELS.size(); l++) {
            emit(SCHEME_TYPE, scheme.value(), office, new BonusRuleDefined(scheme, BONUS_LEVELS.get(l), "加分" + l, bonusPoints(l)));
        }
        emit(SCHEME_TYPE, scheme.value(), office, new VetoConditionDefined(scheme, "VETO-SAFETY", "重大安全生产责任事故"));
        emit(SCHEME_TYPE, scheme.value(), office, new VetoConditionDefined(scheme, "VETO-PETITION", "越级集体上访"));
        emit(SCHEME_TYPE, scheme.value(), office, new SchemePublished(scheme, 2019, Score.of(baseTotal),
                shape.categoriesPerScheme(), shape.indicatorsPerScheme(), now()));
        return scheme.value();
    }

    private void unit(int s, int u) {
        UnitId unit = UnitId.of(unitId(s, u));
        emit(UNIT_TYPE, unit.value(), new Actor("user-office-" + s, Role.ADMIN, null),
                new UnitRegistered(unit, "单位" + s + "-" + u, u % 3 == 0 ? UnitKind.DEPARTMENT : UnitKind.TOWNSHIP));
    }

    // ---- one assessment and its ledger ---------------------------------------------------------

    private void assessment(int s, int u) {
        SchemeId scheme = SchemeId.of(schemeId(s));
        UnitId unit = UnitId.of(unitId(s, u));
        AssessmentId assessment = AssessmentId.of("assessment-" + s + "-" + u);
        LedgerId ledger = LedgerId.forAssessment(assessment);
        Actor office = new Actor("user-office-" + s, Role.ADMIN, null);
        Actor submitter = new Actor("user-submitter-" + s + "-" + u, Role.SUBMITTER, unit.value());
        Actor reviewer = new Actor("user-reviewer-" + s, Role.REVIEWER, null);
        String aggregate = assessment.value();

        emit(ASSESSMENT_TYPE, aggregate, office, new AssessmentOpened(assessment, scheme, unit, 2019, now()));

        List<String> codes = new ArrayList<>();
        for (int c = 0; c < shape.categoriesPerScheme(); c++) {
            for (int i = 0; i < shape.indicatorsPerCategory(); i++) {
                codes.add(indicatorCode(c, i));
            }
        }
        Map<String, TaskAssigned> tasksByIndicator = new LinkedHashMap<>();
        List<String> leaders = new ArrayList<>();
        for (int t = 0; t < shape.tasksPerAssessment(); t++) {
            String code = codes.get(t * codes.size() / shape.tasksPerAssessment());
            UserId leader = UserId.of("user-leader-" + s + "-" + u + "-" + (t % 5));
            leaders.add(leader.value());
            Instant assignedAt = now();
            TaskAssigned task = new TaskAssigned(ledger, TaskId.of("task-" + s + "-" + u + "-" + t), assessment, code,
                    "落实" + code, "工作台账", leader, "部门" + (t % 4), LocalDate.ofInstant(assignedAt, BEIJING).plusDays(30),
                    assignedAt);
            tasksByIndicator.put(code, task);
            emit(LEDGER_TYPE, ledger.value(), submitter, task);
        }

        Map<String, BigDecimal> claims = new HashMap<>();
        Map<String, Integer> revisions = new HashMap<>();
        for (int k = 0; k < codes.size() + shape.reclaimsPerAssessment(); k++) {
            String code = k < codes.size() ? codes.get(k) : codes.get((k - codes.size()) * 4);
            BigDecimal max = maxPoints(code);
            BigDecimal claimed = max.subtract(QUARTER.multiply(BigDecimal.valueOf(random.nextInt(3)))).max(BigDecimal.ZERO);
            BigDecimal previous = claims.put(code, claimed);
            int revision = revisions.merge(code, 1, Integer::sum);
            List<ReportedFigure> figures = k % 6 == 0
                    ? List.of(new ReportedFigure("完成投资", BigDecimal.valueOf(1000 + random.nextInt(9000)), "万元"))
                    : List.of();
            emit(ASSESSMENT_TYPE, aggregate, submitter, new ScoreClaimed(assessment, scheme, unit, code,
                    previous == null ? null : Score.of(previous), Score.of(claimed), Score.of(max), ScoringMode.STANDARD,
                    "按要求完成" + code + "各项工作，详见佐证材料。", figures, revision));
        }

        Instant midpoint = now();
        List<String> evidenceIds = new ArrayList<>();
        for (int e = 0; e < codes.size(); e++) {
            String code = codes.get(e);
            EvidenceId evidence = EvidenceId.of("evidence-" + s + "-" + u + "-" + e);
            evidenceIds.add(evidence.value());
            TaskAssigned task = tasksByIndicator.get(code);
            Instant received = now();
            Map<String, Object> correlation = correlation();
            emit(ASSESSMENT_TYPE, aggregate, submitter, correlation, new EvidenceAttached(assessment, unit, evidence,
                    "佐证-" + code + ".pdf", "application/pdf", 20_000 + random.nextInt(2_000_000), sha256(),
                    Set.of(code), task == null ? Set.of() : Set.of(task.taskId()), received,
                    received.minus(Duration.ofDays(1)), START.plus(Duration.ofDays(410)), false));
            if (task != null) {
                emit(LEDGER_TYPE, ledger.value(), submitter, correlation, new TaskClosedOut(ledger, task.taskId(), assessment,
                        evidence, task.leaderId(), code, task.dueDate(), task.assignedAt(), now(), false));
            }
        }

        List<BonusClaimId> bonusClaims = new ArrayList<>();
        BigDecimal claimedBonus = BigDecimal.ZERO;
        for (int b = 0; b < shape.bonusClaimsPerAssessment(); b++) {
            int level = b % BONUS_LEVELS.size();
            BonusClaimId id = BonusClaimId.of("bonus-" + s + "-" + u + "-" + b);
            bonusClaims.add(id);
            claimedBonus = claimedBonus.add(bonusPoints(level).value());
            String title = "荣获表彰" + b;
            emit(ASSESSMENT_TYPE, aggregate, submitter, new BonusClaimed(assessment, id, BONUS_LEVELS.get(level), title, title,
                    "市委办公室", LocalDate.of(2019, 6, 1).plusDays(b), bonusPoints(level),
                    Set.of(EvidenceId.of(evidenceIds.get(b % evidenceIds.size()))), null));
        }
        BigDecimal claimedBase = claims.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        emit(ASSESSMENT_TYPE, aggregate, submitter, new SelfAssessmentSubmitted(assessment, scheme, unit,
                new DeclaredTotals(Score.of(claimedBase), Score.of(claimedBonus), Score.of(claimedBase.add(claimedBonus))),
                Score.of(claimedBase), Score.of(claimedBonus), now()));

        BigDecimal verifiedBonus = BigDecimal.ZERO;
        for (int b = 0; b < bonusClaims.size(); b++) {
            int level = b % BONUS_LEVELS.size();
            if (b < bonusClaims.size() - 1) {
                verifiedBonus = verifiedBonus.add(bonusPoints(level).value());
                emit(ASSESSMENT_TYPE, aggregate, reviewer, new BonusAwardVerified(assessment, bonusClaims.get(b),
                        BONUS_LEVELS.get(level), bonusPoints(level), "文件齐全"));
            } else {
                emit(ASSESSMENT_TYPE, aggregate, reviewer, new BonusAwardRejected(assessment, bonusClaims.get(b),
                        BONUS_LEVELS.get(level), bonusPoints(level), bonusClaims.get(0), "与已申报项目重复"));
            }
        }
        BigDecimal base = claimedBase;
        for (int a = 0; a < shape.adjustmentsPerAssessment(); a++) {
            String code = codes.get(a * codes.size() / shape.adjustmentsPerAssessment());
            BigDecimal previous = claims.get(code);
            BigDecimal adjusted = previous.subtract(QUARTER).max(BigDecimal.ZERO);
            claims.put(code, adjusted);
            base = base.subtract(previous).add(adjusted);
            emit(ASSESSMENT_TYPE, aggregate, reviewer, new ReviewAdjustmentMade(assessment, scheme, unit, code,
                    Score.of(previous), Score.of(adjusted), Score.of(maxPoints(code)), "台账不全，酌情扣分"));
        }
        BigDecimal bonus = verifiedBonus.min(new BigDecimal("5"));
        emit(ASSESSMENT_TYPE, aggregate, reviewer, new ReviewFinalized(assessment, scheme, unit, Score.of(base),
                Score.of(bonus), Score.of(base.add(bonus)), false, now()));

        assessments.add(new GeneratedAssessment(assessment.value(), scheme.value(), unit.value(),
                codes.get(random.nextInt(codes.size())), leaders.get(0), midpoint));
    }

    // ---- values --------------------------------------------------------------------------------

    static String schemeId(int s) {
        return "scheme-bench-" + s;
    }

    static String unitId(int s, int u) {
        return "unit-" + s + "-" + u;
    }

    private static String categoryCode(int c) {
        return String.valueOf(c + 1);
    }

    private static String indicatorCode(int c, int i) {
        return (c + 1) + "." + (i + 1);
    }

    /** 1, 1.5, 2 or 3 points, the same in every scheme. */
    private static BigDecimal maxPoints(int c, int i) {
        return switch ((c * 7 + i) % 4) {
            case 0 -> BigDecimal.ONE;
            case 1 -> new BigDecimal("1.5");
            case 2 -> new BigDecimal("2");
            default -> new BigDecimal("3");
        };
    }

    private static BigDecimal maxPoints(String indicatorCode) {
        int dot = indicatorCode.indexOf('.');
        return maxPoints(Integer.parseInt(indicatorCode.substring(0, dot)) - 1, Integer.parseInt(indicatorCode.substring(dot + 1)) - 1);
    }

    private static Score bonusPoints(int level) {
        return Score.of(List.of("3", "2", "1", "2", "1.5", "1", "0.5").get(level % 7));
    }

    private String sha256() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private Instant now() {
        return START.plusSeconds(written);
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private Map<String, Object> correlation() {
        String correlationId = uuid();
        return Map.of(ActorMetaData.CORRELATION_ID, correlationId, "traceId", uuid(), "causationId", uuid());
    }

    private void emit(String type, String aggregateId, Actor actor, Object payload) {
        emit(type, aggregateId, actor, correlation(), payload);
    }

    private void emit(String type, String aggregateId, Actor actor, Map<String, Object> correlation, Object payload) {
        Map<String, Object> metaData = new HashMap<>(correlation);
        metaData.put(ActorMetaData.USER_ID, actor.userId());
        metaData.put(ActorMetaData.ROLE, actor.role().name());
        if (actor.unitId() != null) {
            metaData.put(ActorMetaData.UNIT_ID, actor.unitId());
        }
        long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
        sink.accept(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, metaData, uuid(), now()));
        written++;
    }

    private record Actor(String userId, Role role, String unitId) {
    }
}
