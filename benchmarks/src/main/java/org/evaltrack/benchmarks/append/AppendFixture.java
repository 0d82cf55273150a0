package org.evaltrack.benchmarks.append;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.ClaimScore;
import org.evaltrack.kernel.assessment.OpenAssessment;
import org.evaltrack.kernel.scheme.AddCategory;
import org.evaltrack.kernel.scheme.AddIndicator;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.DraftScheme;
import org.evaltrack.kernel.scheme.PublishScheme;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.RegisterUnit;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitKind;

/**
 * What the append runs write to, set up through the real commands: one published scheme of 60
 * indicators and {@code assessments} open assessments. The measured command is a score claim
 * ({@link ClaimScore}), which stores exactly one event. Clients spread over the assessments, so
 * no two clients write the same aggregate at once and no aggregate grows long during a run.
 */
public final class AppendFixture {

    public static final int CATEGORIES = 4;
    public static final int INDICATORS_PER_CATEGORY = 15;
    public static final String ADMIN_USER_ID = "user-bench-office";

    private final CommandGateway commands;
    private final List<String> assessmentIds = new ArrayList<>();
    private final List<String> indicatorCodes = new ArrayList<>();

    private AppendFixture(CommandGateway commands) {
        this.commands = commands;
    }

    public static AppendFixture create(CommandGateway commands, String prefix, int assessments) {
        AppendFixture fixture = new AppendFixture(commands);
        fixture.setUp(prefix, assessments);
        return fixture;
    }

    private void setUp(String prefix, int assessments) {
        SchemeId scheme = SchemeId.of("scheme-" + prefix);
        Instant claimsDue = Instant.now().plus(Duration.ofDays(365));
        send(new DraftScheme(scheme, 2026, "基准测试方案", "基准〔2026〕1号", "县绩效考核办公室",
                new Deadlines(claimsDue, claimsDue.plus(Duration.ofDays(10)), claimsDue.plus(Duration.ofDays(40))), Score.of("5")));
        for (int c = 1; c <= CATEGORIES; c++) {
            send(new AddCategory(scheme, String.valueOf(c), Section.COMMON, "类别" + c, Score.of("30")));
            for (int i = 1; i <= INDICATORS_PER_CATEGORY; i++) {
                String code = c + "." + i;
                indicatorCodes.add(code);
                send(new AddIndicator(scheme, String.valueOf(c), code, "指标" + code, ScoringMode.STANDARD, Score.of("2"),
                        null, List.of(), null));
            }
        }
        send(new PublishScheme(scheme));
        for (int a = 0; a < assessments; a++) {
            UnitId unit = UnitId.of("unit-" + prefix + "-" + a);
            send(new RegisterUnit(unit, "基准单位" + a, UnitKind.TOWNSHIP));
            AssessmentId assessment = AssessmentId.of("assessment-" + prefix + "-" + a);
            send(new OpenAssessment(assessment, scheme, unit));
            assessmentIds.add(assessment.value());
        }
    }

    public List<String> assessmentIds() {
        return assessmentIds;
    }

    public List<String> indicatorCodes() {
        return indicatorCodes;
    }

    /** The n-th claim of a client: its own assessments in turn, indicators in turn, scores 0..2 in quarters. */
    public ClaimScore claim(int client, int clients, long n) {
        int own = Math.max(1, assessmentIds.size() / clients);
        String assessment = assessmentIds.get((int) ((client + (n % own) * clients) % assessmentIds.size()));
        String indicator = indicatorCodes.get((int) ((n / own) % indicatorCodes.size()));
        Score score = Score.of(new BigDecimal("0.25").multiply(BigDecimal.valueOf(n % 9)));
        return new ClaimScore(AssessmentId.of(assessment), indicator, score, "基准测试自评说明", List.of());
    }

    public void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(adminMetaData()));
    }

    static Map<String, Object> adminMetaData() {
        return Map.of(ActorMetaData.USER_ID, ADMIN_USER_ID, ActorMetaData.ROLE, Role.ADMIN.name(),
                ActorMetaData.CORRELATION_ID, UUID.randomUUID().toString());
    }
}
