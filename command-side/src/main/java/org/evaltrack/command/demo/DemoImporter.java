package org.evaltrack.command.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.evaltrack.command.account.AccountRegistration;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AfterTheFact;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AttachEvidence;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.ClaimBonus;
import org.evaltrack.kernel.assessment.ClaimScore;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.OpenAssessment;
import org.evaltrack.kernel.assessment.SubmitSelfAssessment;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.ledger.AssignTask;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.scheme.AddCategory;
import org.evaltrack.kernel.scheme.AddIndicator;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.DefineBonusRule;
import org.evaltrack.kernel.scheme.DefineVetoCondition;
import org.evaltrack.kernel.scheme.DraftScheme;
import org.evaltrack.kernel.scheme.PublishScheme;
import org.evaltrack.kernel.scheme.ReviseDeadlines;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.RegisterUnit;
import org.evaltrack.kernel.unit.UnitId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interprets a demo data file as the commands a person would send: accounts first, then the
 * scheme, the units, and per assessment its tasks, claims, evidence, bonus claims and
 * submission. Every command carries the metadata of the account the file names as its actor.
 * A refusal by the domain is recorded and the import goes on; anything else stops it.
 */
final class DemoImporter {

    private static final Logger log = LoggerFactory.getLogger(DemoImporter.class);
    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(10);

    private final CommandGateway commands;
    private final AccountRegistration accounts;
    private final DemoLookups lookups;
    private final Clock clock;
    private final int openForDays;

    /** @param openForDays after the past year is entered, the office reopens its deadlines this long; 0 keeps them */
    DemoImporter(CommandGateway commands, AccountRegistration accounts, DemoLookups lookups, Clock clock, int openForDays) {
        this.commands = commands;
        this.accounts = accounts;
        this.lookups = lookups;
        this.clock = clock;
        this.openForDays = openForDays;
    }

    DemoImportReport load(DemoData data) {
        DemoImportReport report = new DemoImportReport();
        SchemeId schemeId = SchemeId.of(data.scheme().schemeId());
        if (lookups.schemeExists(schemeId)) {
            report.skipped("scheme " + schemeId + " exists already");
            return report;
        }
        Run run = new Run(data, report);
        run.accounts();
        run.scheme();
        run.units();
        data.assessments().forEach(run::assessment);
        if (openForDays > 0) {
            run.reopenForTrying(openForDays);
        }
        return report;
    }

    /** One import: the data, the report, the load date, and who is who. */
    private final class Run {
        private final DemoData data;
        private final DemoImportReport report;
        private final ZoneId zone;
        private final LocalDate today;
        private final String correlationId = "demo-import-" + UUID.randomUUID();
        private final Map<String, DemoData.Account> byUsername = new HashMap<>();

        Run(DemoData data, DemoImportReport report) {
            this.data = data;
            this.report = report;
            this.zone = ZoneId.of(data.zone());
            this.today = LocalDate.now(clock.withZone(zone));
            data.accounts().forEach(a -> byUsername.put(a.username(), a));
        }

        void accounts() {
            for (DemoData.Account a : data.accounts()) {
                accounts.registerIfAbsent(UserId.of(a.userId()), a.username(), data.password(), a.displayName(), a.role(),
                        a.unitId() == null ? null : UnitId.of(a.unitId()));
            }
        }

        void scheme() {
            DemoData.Scheme s = data.scheme();
            SchemeId id = SchemeId.of(s.schemeId());
            DemoData.Account office = actor(s.actor());
            Deadlines deadlines = new Deadlines(
                    endOfDay(s.deadlines().claimsDue()),
                    endOfDay(s.deadlines().evidenceDue()),
                    endOfDay(s.deadlines().reviewDue()));
            if (s.deadlines().note() != null) {
                report.assumption("deadlines: " + s.deadlines().note());
            }
            if (s.bonusCapAssumption() != null) {
                report.assumption("bonus cap " + s.bonusCap().toPlainString() + ": " + s.bonusCapAssumption());
            }
            send(office, new DraftScheme(id, s.year(), s.title(), s.documentNumber(), s.issuer(), deadlines, score(s.bonusCap())),
                    s.title());
            for (DemoData.Category c : s.categories()) {
                send(office, new AddCategory(id, c.code(), c.section(), c.name(), score(c.budget())), c.code() + " " + c.name());
                for (DemoData.Indicator i : c.indicators()) {
                    send(office, new AddIndicator(id, c.code(), i.code(), i.name(), i.scoringMode(), score(i.maxPoints()),
                            i.floor() == null ? null : score(i.floor()), i.subItems(), i.assumption()), i.code() + " " + i.name());
                    if (i.assumption() != null) {
                        report.assumption(i.code() + " " + i.name() + ": " + i.assumption());
                    }
                }
            }
            for (DemoData.BonusRule b : s.bonusRules()) {
                send(office, new DefineBonusRule(id, b.level(), b.name(), score(b.pointsPerItem())), b.level().name());
            }
            for (DemoData.VetoCondition v : s.vetoConditions()) {
                send(office, new DefineVetoCondition(id, v.code(), v.name()), v.code() + " " + v.name());
            }
            if (s.vetoAssumption() != null) {
                report.assumption("veto conditions: " + s.vetoAssumption());
            }
            if (send(office, new PublishScheme(id), s.title())) {
                await(() -> lookups.schemePublished(id), "scheme " + id + " published");
            }
        }

        /**
         * The past year stays on record with its real deadlines; a visible revision with its reason then lets a
         * first-time user claim, attach and review live, keeping the real gaps between the three deadlines.
         */
        void reopenForTrying(int days) {
            DemoData.Scheme s = data.scheme();
            LocalDate claims = today.plusDays(days);
            LocalDate evidence = claims.plusDays(ChronoUnit.DAYS.between(s.deadlines().claimsDue(), s.deadlines().evidenceDue()));
            LocalDate review = claims.plusDays(ChronoUnit.DAYS.between(s.deadlines().claimsDue(), s.deadlines().reviewDue()));
            send(actor(s.actor()), new ReviseDeadlines(SchemeId.of(s.schemeId()),
                    new Deadlines(endOfDay(claims), endOfDay(evidence), endOfDay(review)),
                    "演示：往年案例已按实际日期补录，绩效办延长截止日期以便试用 / Demo: the past year is entered with its real"
                            + " dates; the office extends the deadlines so the demo can be tried"), "deadlines reopened for the demo");
            report.assumption("deadlines: the real ones are kept in the scheme's history; reopened for " + days
                    + " days (evaltrack.demo.open-for-days) so claims, evidence and review can be tried");
        }

        void units() {
            for (DemoData.Unit u : data.units()) {
                UnitId id = UnitId.of(u.unitId());
                if (send(actor(u.actor()), new RegisterUnit(id, u.name(), u.kind()), u.name())) {
                    await(() -> lookups.unitExists(id), "unit " + id);
                }
            }
        }

        void assessment(DemoData.Assessment a) {
            AssessmentId id = AssessmentId.of(a.assessmentId());
            String unitName = unitName(a.unitId());
            if (a.invented()) {
                report.assumption(unitName + ": invented demo data, not from a report");
            }
            if (!send(actor(a.openedBy()), new OpenAssessment(id, SchemeId.of(data.scheme().schemeId()), UnitId.of(a.unitId())),
                    unitName)) {
                return;
            }
            await(() -> lookups.assessmentExists(id), "assessment " + id);
            DemoData.Account submitter = actor(a.submitter());
            // a past year's case is entered by the office with the day it happened (补录), else live by the unit
            DemoData.Account entering = a.afterTheFact() == null ? submitter : actor(a.openedBy());
            Map<String, Object> stated = statedMetaData(a.afterTheFact());
            LedgerId ledger = LedgerId.forAssessment(id);
            for (DemoData.Task t : a.tasks()) {
                TaskId taskId = TaskId.of(t.taskId());
                if (send(submitter, new AssignTask(ledger, taskId, id, t.indicatorCode(), t.title(), t.requiredItem(),
                        UserId.of(actor(t.leader()).userId()), t.department(), today.plusDays(t.dueInDays())),
                        t.taskId() + " " + t.title() + " (" + unitName + ")")) {
                    await(() -> lookups.taskExists(taskId), "task " + taskId);
                }
            }
            for (DemoData.Claim c : a.claims()) {
                send(entering, stated, new ClaimScore(id, c.indicatorCode(), score(c.score()), c.narrative(), c.reportedFigures()),
                        c.indicatorCode() + " " + indicatorName(c.indicatorCode()) + " = " + c.score().toPlainString()
                                + " (" + unitName + ")");
            }
            for (DemoData.Evidence e : a.evidence()) {
                byte[] bytes = e.content().getBytes(StandardCharsets.UTF_8);
                Set<TaskId> taskIds = new LinkedHashSet<>();
                e.taskIds().forEach(t -> taskIds.add(TaskId.of(t)));
                send(entering, stated, new AttachEvidence(id, EvidenceId.of(e.evidenceId()), e.fileName(), e.mediaType(), bytes.length,
                        sha256(bytes), new LinkedHashSet<>(e.indicatorCodes()), taskIds, null),
                        e.fileName() + " (" + unitName + ")");
            }
            for (DemoData.BonusClaim b : a.bonusClaims()) {
                send(entering, stated, new ClaimBonus(id, BonusClaimId.of(b.bonusClaimId()), b.level(), b.title(), b.source(),
                        b.awardedOn(), Set.of()), b.bonusClaimId() + " " + b.title() + " (" + unitName + ")");
            }
            if (a.declared() != null) {
                DemoData.Declared d = a.declared();
                send(entering, stated, new SubmitSelfAssessment(id, new DeclaredTotals(score(d.base()), score(d.bonus()), score(d.total()))),
                        unitName + " declares " + d.base().toPlainString() + " + " + d.bonus().toPlainString() + " = "
                                + d.total().toPlainString());
            }
        }

        /** @return whether the domain accepted the command */
        private boolean send(DemoData.Account actor, Object command, String what) {
            return send(actor, Map.of(), command, what);
        }

        private boolean send(DemoData.Account actor, Map<String, Object> stated, Object command, String what) {
            CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(metaData(actor)).andMetaData(stated);
            try {
                commands.sendAndWait(message);
                report.accepted(command);
                return true;
            } catch (RuntimeException e) {
                DomainException refusal = domainCause(e);
                if (refusal == null) {
                    throw e;
                }
                report.rejected(command, what, refusal.code(), refusal.getMessage());
                log.info("Demo import: {} {} rejected: {}", command.getClass().getSimpleName(), what, refusal.getMessage());
                return false;
            }
        }

        private Map<String, Object> metaData(DemoData.Account actor) {
            Map<String, Object> metaData = new HashMap<>();
            metaData.put(ActorMetaData.USER_ID, actor.userId());
            metaData.put(ActorMetaData.ROLE, actor.role().name());
            if (actor.unitId() != null) {
                metaData.put(ActorMetaData.UNIT_ID, actor.unitId());
            }
            metaData.put(ActorMetaData.CORRELATION_ID, correlationId);
            return metaData;
        }

        private Map<String, Object> statedMetaData(DemoData.AfterTheFact afterTheFact) {
            if (afterTheFact == null) {
                return Map.of();
            }
            Instant statedAt = afterTheFact.statedOn().atTime(LocalTime.NOON).atZone(zone).toInstant();
            return Map.of(AfterTheFact.STATED_AT, statedAt.toString(), AfterTheFact.REASON, afterTheFact.reason());
        }

        private DemoData.Account actor(String username) {
            DemoData.Account account = byUsername.get(username);
            if (account == null) {
                throw new IllegalArgumentException("demo data names an unknown account: " + username);
            }
            return account;
        }

        private String unitName(String unitId) {
            return data.units().stream().filter(u -> u.unitId().equals(unitId)).map(DemoData.Unit::name).findFirst().orElse(unitId);
        }

        private String indicatorName(String code) {
            return data.scheme().categories().stream().flatMap(c -> c.indicators().stream())
                    .filter(i -> i.code().equals(code)).map(DemoData.Indicator::name).findFirst().orElse("?");
        }

        private Instant endOfDay(LocalDate day) {
            return day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
        }

        private void await(BooleanSupplier visible, String what) {
            long deadline = System.nanoTime() + VISIBILITY_TIMEOUT.toNanos();
            while (!visible.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    report.warning(what + " not visible in the lookup tables after " + VISIBILITY_TIMEOUT.toSeconds() + " s");
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static Score score(BigDecimal value) {
        return Score.of(value);
    }

    /** Axon may hand back the handler's exception wrapped; the refusal is whatever DomainException is in the chain. */
    static DomainException domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
