package org.evaltrack.query.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.TaskAssigned;
import org.evaltrack.kernel.ledger.TaskClosedOut;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.ledger.TaskReassigned;
import org.evaltrack.kernel.ledger.TaskReopened;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitKind;
import org.evaltrack.kernel.unit.UnitRegistered;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two townships of the 2019 scheme, their leaders and the events of their task ledgers. */
final class LedgerFixture {

    static final SchemeId SCHEME = SchemeId.of("scheme-2019");
    static final UnitId DONGSHAN = UnitId.of("unit-dongshan");
    static final UnitId CHANGPU = UnitId.of("unit-changpu");
    static final AssessmentId DONGSHAN_2019 = AssessmentId.of("assessment-dongshan");
    static final AssessmentId CHANGPU_2019 = AssessmentId.of("assessment-changpu");
    static final UserId YANG = UserId.of("user-leader-02");
    static final UserId YUAN = UserId.of("user-leader-03");
    static final UserId HE = UserId.of("user-leader-04");
    /** 2020-01-05 10:00 Beijing time. */
    static final Instant T0 = Instant.parse("2020-01-05T02:00:00Z");

    private LedgerFixture() {
    }

    static Instant t(long minutes) {
        return T0.plus(minutes, ChronoUnit.MINUTES);
    }

    static UnitRegistered unit(UnitId unit, String name) {
        return new UnitRegistered(unit, name, UnitKind.TOWNSHIP);
    }

    static AssessmentOpened opened(AssessmentId assessment, UnitId unit) {
        return new AssessmentOpened(assessment, SCHEME, unit, 2019, T0);
    }

    static TaskAssigned assigned(AssessmentId assessment, String task, UserId leader, String department, LocalDate due,
                                 Instant at) {
        return new TaskAssigned(LedgerId.forAssessment(assessment), TaskId.of(task), assessment, "1.1.1",
                "任务 " + task, "材料 " + task, leader, department, due, at);
    }

    static TaskReassigned reassigned(AssessmentId assessment, String task, UserId from, UserId to, String fromDepartment,
                                     String toDepartment) {
        return new TaskReassigned(LedgerId.forAssessment(assessment), TaskId.of(task), from, to, fromDepartment,
                toDepartment, "分工调整");
    }

    static EvidenceAttached evidence(AssessmentId assessment, UnitId unit, String evidence, String fileName,
                                     Instant receivedAt, String... tasks) {
        return new EvidenceAttached(assessment, unit, EvidenceId.of(evidence), fileName, "text/plain", 100, "ab".repeat(32),
                Set.of("1.1.1"), Set.of(tasks).stream().map(TaskId::of).collect(java.util.stream.Collectors.toSet()),
                receivedAt, null, null, false);
    }

    static TaskClosedOut closedOut(AssessmentId assessment, String task, String evidence, UserId leader, LocalDate due,
                                   Instant assignedAt, Instant closedAt, boolean late) {
        return new TaskClosedOut(LedgerId.forAssessment(assessment), TaskId.of(task), assessment, EvidenceId.of(evidence),
                leader, "1.1.1", due, assignedAt, closedAt, late);
    }

    static EvidenceWithdrawn withdrawn(AssessmentId assessment, String evidence, String... tasks) {
        return new EvidenceWithdrawn(assessment, EvidenceId.of(evidence), Set.of("1.1.1"),
                Set.of(tasks).stream().map(TaskId::of).collect(java.util.stream.Collectors.toSet()), "文件有误");
    }

    static TaskReopened reopened(AssessmentId assessment, String task, String evidence, UserId leader) {
        return new TaskReopened(LedgerId.forAssessment(assessment), TaskId.of(task), assessment, EvidenceId.of(evidence),
                leader, "evidence withdrawn: 文件有误");
    }

    /** The command side's account table, which the query side reads for display names. */
    static void accounts(JdbcTemplate jdbc) {
        jdbc.execute("create table if not exists account (user_id varchar(64) primary key, username varchar(64) not null unique,"
                + " password_hash varchar(100) not null, display_name varchar(100) not null, role varchar(16) not null,"
                + " unit_id varchar(64), enabled boolean not null)");
        jdbc.update("delete from account");
        jdbc.update("insert into account values ('user-leader-02', 'yangguohua', 'x', '杨国华', 'LEADER', 'unit-dongshan', true)");
        jdbc.update("insert into account values ('user-leader-03', 'yuanyongxin', 'x', '袁永新', 'LEADER', 'unit-dongshan', true)");
        jdbc.update("insert into account values ('user-leader-04', 'hedingchao', 'x', '何定超', 'LEADER', 'unit-changpu', true)");
    }
}
