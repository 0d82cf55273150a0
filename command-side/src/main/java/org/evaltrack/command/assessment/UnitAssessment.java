package org.evaltrack.command.assessment;

import org.evaltrack.command.directory.AssessmentRegistry;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.evaltrack.command.domain.Checks.present;
import static org.evaltrack.command.domain.Checks.facts;
import static org.evaltrack.command.domain.Checks.reason;
import static org.evaltrack.command.domain.Checks.refusal;
import static org.evaltrack.command.domain.Checks.require;
import static org.evaltrack.command.domain.Checks.requireRole;
import static org.evaltrack.command.domain.Checks.roleOf;
import static org.evaltrack.command.domain.Checks.text;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.evaltrack.command.directory.TaskDirectory;
import org.evaltrack.command.directory.TaskRef;
import org.evaltrack.command.directory.UnitDirectory;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AcceptCaptureTime;
import org.evaltrack.kernel.assessment.AdjustScore;
import org.evaltrack.kernel.assessment.AfterTheFact;
import org.evaltrack.kernel.assessment.ApplyVeto;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.AssessmentReopened;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.AttachEvidence;
import org.evaltrack.kernel.assessment.BonusAwardRejected;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.ClaimBonus;
import org.evaltrack.kernel.assessment.ClaimScore;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceCaptureTimeAccepted;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.EvidenceRejected;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.assessment.FinalizeReview;
import org.evaltrack.kernel.assessment.LiftVeto;
import org.evaltrack.kernel.assessment.OpenAssessment;
import org.evaltrack.kernel.assessment.RejectBonusAward;
import org.evaltrack.kernel.assessment.RejectEvidence;
import org.evaltrack.kernel.assessment.ReportSectionKind;
import org.evaltrack.kernel.assessment.ReportSectionWritten;
import org.evaltrack.kernel.assessment.ReopenAssessment;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.assessment.SelfAssessmentSubmitted;
import org.evaltrack.kernel.assessment.SubmitSelfAssessment;
import org.evaltrack.kernel.assessment.VerifyBonusAward;
import org.evaltrack.kernel.assessment.VetoApplied;
import org.evaltrack.kernel.assessment.VetoLifted;
import org.evaltrack.kernel.assessment.WithdrawEvidence;
import org.evaltrack.kernel.assessment.WriteReportSection;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.totals.ScoredItem;
import org.evaltrack.kernel.totals.Totals;
import org.evaltrack.kernel.totals.TotalsArithmetic;
import org.evaltrack.kernel.totals.TotalsInput;
import org.evaltrack.kernel.unit.UnitId;

/**
 * One unit's assessment under one scheme: its claims, evidence, bonus claims, the review's
 * adjustments and vetoes, and the finalised totals. Scheme rules are read from the
 * {@link SchemeRulebook} at decision time so that claims never lock the scheme aggregate.
 */
@Aggregate(commandTargetResolver = "expectedVersionResolver", repository = "unitAssessmentRepository")
class UnitAssessment {

    /** In code points, as every kernel text limit is counted. */
    static final int NARRATIVE_LIMIT = TextLimit.NARRATIVE.maxCodePoints();
    static final int REPORT_SECTION_LIMIT = TextLimit.NARRATIVE.maxCodePoints();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    record Claim(Score score, int revisions) {
    }

    enum EvidenceState { ACTIVE, WITHDRAWN, REJECTED }

    record Evidence(Set<String> indicatorCodes, Set<TaskId> taskIds, Instant capturedAt, EvidenceState state) {
        Evidence withState(EvidenceState newState) {
            return new Evidence(indicatorCodes, taskIds, capturedAt, newState);
        }
    }

    enum BonusState { PENDING, VERIFIED, REJECTED }

    record BonusClaim(BonusLevel level, String title, String normalizedTitle, Score points, BonusState state,
                      BonusClaimId duplicateOf) {
        BonusClaim withState(BonusState newState) {
            return new BonusClaim(level, title, normalizedTitle, points, newState, duplicateOf);
        }
    }

    @AggregateIdentifier
    private AssessmentId assessmentId;
    private SchemeId schemeId;
    private UnitId unitId;
    private AssessmentStatus status;
    private final Map<String, Claim> claims = new HashMap<>();
    private final Map<String, Score> effectiveScores = new HashMap<>();
    private final Map<EvidenceId, Evidence> evidence = new HashMap<>();
    /** In claim order: the earliest claim of a title is the original, later ones are its duplicates. */
    private final Map<BonusClaimId, BonusClaim> bonusClaims = new LinkedHashMap<>();
    private final Set<String> vetoes = new HashSet<>();
    private boolean reopenedToClaims;
    private final Map<ReportSectionKind, Integer> reportSectionRevisions = new EnumMap<>(ReportSectionKind.class);

    UnitAssessment() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    UnitAssessment(OpenAssessment command,
                   @MetaDataValue(ActorMetaData.ROLE) String role,
                   SchemeRulebook rulebook,
                   UnitDirectory units,
                   AssessmentRegistry registry,
                   Clock clock) {
        requireRole(role, Role.ADMIN);
        SchemeId scheme = present(command.schemeId(), "schemeId");
        UnitId unit = present(command.unitId(), "unitId");
        SchemeRules rules = rulebook.rulesFor(scheme);
        require(rules.status() != SchemeRules.SchemeStatus.CLOSED, ErrorCode.SCHEME_CLOSED,
                "the scheme is closed", facts("scheme", scheme.value()));
        require(rules.status() == SchemeRules.SchemeStatus.PUBLISHED, ErrorCode.SCHEME_NOT_PUBLISHED,
                "the scheme is not published", facts("scheme", scheme.value()));
        require(units.exists(unit), ErrorCode.UNIT_NOT_FOUND, "no unit " + unit, facts("unit", unit.value()));
        Optional<AssessmentId> existing = registry.find(scheme, unit);
        require(existing.isEmpty(), ErrorCode.ASSESSMENT_EXISTS, "the unit already has an assessment under this scheme",
                existing.map(AssessmentId::value).orElse(""));
        apply(new AssessmentOpened(command.assessmentId(), scheme, unit, rules.year(), clock.instant()));
    }

    @CommandHandler
    void handle(ClaimScore command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit,
                @MetaDataValue(AfterTheFact.STATED_AT) String statedAt,
                @MetaDataValue(AfterTheFact.REASON) String statedReason,
                SchemeRulebook rulebook,
                Clock clock) {
        SchemeRules rules = rulebook.rulesFor(schemeId);
        AfterTheFact backdate = AfterTheFactRules.read(statedAt, statedReason, role, rules.year(), clock.instant());
        requireActor(role, actingUnit, Role.SUBMITTER, Role.ADMIN);
        require(status == AssessmentStatus.OPEN, ErrorCode.CLAIMS_LOCKED, "claims are locked", facts("status", status));
        requireClaimsDeadline(rules, happenedAt(backdate, clock));
        IndicatorRule rule = indicator(rules, command.indicatorCode());
        Score claimed = present(command.claimedScore(), "claimedScore");
        requireInRange(rule, claimed);
        require(command.narrative() == null || command.narrative().codePointCount(0, command.narrative().length()) <= NARRATIVE_LIMIT,
                ErrorCode.VALIDATION_FAILED, "the narrative is longer than " + NARRATIVE_LIMIT + " characters",
                facts("field", "narrative", "max", NARRATIVE_LIMIT));
        Claim previous = claims.get(rule.indicatorCode());
        apply(new ScoreClaimed(assessmentId, schemeId, unitId, rule.indicatorCode(),
                previous == null ? null : previous.score(), claimed, rule.maxPoints(), rule.scoringMode(),
                command.narrative(), command.reportedFigures(), previous == null ? 1 : previous.revisions() + 1, backdate));
    }

    @CommandHandler
    void handle(AttachEvidence command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit,
                @MetaDataValue(ActorMetaData.USER_ID) String actingUser,
                @MetaDataValue(AfterTheFact.STATED_AT) String statedAt,
                @MetaDataValue(AfterTheFact.REASON) String statedReason,
                SchemeRulebook rulebook,
                TaskDirectory tasks,
                Clock clock) {
        SchemeRules rules = rulebook.rulesFor(schemeId);
        Instant receivedAt = clock.instant();
        AfterTheFact backdate = AfterTheFactRules.read(statedAt, statedReason, role, rules.year(), receivedAt);
        Role actor = requireActor(role, actingUnit, Role.SUBMITTER, Role.ADMIN, Role.LEADER);
        if (actor == Role.LEADER) {
            boolean leadsEveryTask = !command.taskIds().isEmpty() && command.taskIds().stream()
                    .map(tasks::find)
                    .allMatch(ref -> ref.isPresent() && ref.get().leaderId() != null
                            && ref.get().leaderId().value().equals(actingUser));
            require(leadsEveryTask, ErrorCode.NOT_YOUR_TASK, "a leader may only attach evidence to their own tasks");
        }
        requireNotFinalized();
        EvidenceId evidenceId = present(command.evidenceId(), "evidenceId");
        require(!evidence.containsKey(evidenceId), ErrorCode.EVIDENCE_EXISTS, "evidence already attached: " + evidenceId,
                facts("evidence", evidenceId.value()));
        require(!command.indicatorCodes().isEmpty() || !command.taskIds().isEmpty(), ErrorCode.EVIDENCE_TARGET_REQUIRED,
                "evidence must serve at least one indicator or task");
        require(command.sha256() != null && SHA256.matcher(command.sha256()).matches(), ErrorCode.VALIDATION_FAILED,
                "sha256 must be 64 lowercase hex digits", "sha256");
        require(command.sizeBytes() > 0, ErrorCode.VALIDATION_FAILED, "sizeBytes must be positive", "sizeBytes");
        boolean clientHashVerified = command.clientSha256() != null;
        require(!clientHashVerified || command.clientSha256().equals(command.sha256()), ErrorCode.EVIDENCE_HASH_MISMATCH,
                "the client's SHA-256 is not the hash of the received bytes", "clientSha256");
        command.indicatorCodes().forEach(code -> indicator(rules, code));
        for (TaskId taskId : command.taskIds()) {
            TaskRef ref = tasks.find(taskId).orElseThrow(() -> refusal(
                    ErrorCode.TASK_NOT_FOUND, "no task " + taskId, facts("task", taskId.value())));
            require(assessmentId.equals(ref.assessmentId()), ErrorCode.TASK_OF_OTHER_ASSESSMENT,
                    "task " + taskId + " belongs to another assessment", facts("task", taskId.value()));
        }
        Instant evidenceDue = rules.deadlines().evidenceDue();
        // a record after the fact is late or on time by the day it happened, not by the day it is typed in
        Instant arrived = backdate == null ? receivedAt : backdate.statedAt();
        apply(new EvidenceAttached(assessmentId, unitId, evidenceId, command.fileName(), command.mediaType(),
                command.sizeBytes(), command.sha256(), command.indicatorCodes(), command.taskIds(), receivedAt,
                command.capturedAt(), evidenceDue, arrived.isAfter(evidenceDue), clientHashVerified, backdate));
    }

    @CommandHandler
    void handle(WithdrawEvidence command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit) {
        requireActor(role, actingUnit, Role.SUBMITTER, Role.ADMIN);
        requireNotFinalized();
        reason(command.reason());
        Evidence item = activeEvidence(command.evidenceId());
        apply(new EvidenceWithdrawn(assessmentId, command.evidenceId(), item.indicatorCodes(), item.taskIds(),
                command.reason()));
    }

    @CommandHandler
    void handle(RejectEvidence command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit) {
        requireActor(role, actingUnit, Role.REVIEWER);
        requireNotFinalized();
        reason(command.reason());
        Evidence item = activeEvidence(command.evidenceId());
        apply(new EvidenceRejected(assessmentId, command.evidenceId(), item.indicatorCodes(), item.taskIds(),
                command.reason()));
    }

    @CommandHandler
    void handle(AcceptCaptureTime command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit,
                SchemeRulebook rulebook) {
        requireActor(role, actingUnit, Role.REVIEWER);
        requireNotFinalized();
        Evidence item = activeEvidence(command.evidenceId());
        require(item.capturedAt() != null, ErrorCode.NO_CAPTURE_TIME, "the evidence has no capture time",
                facts("evidence", command.evidenceId().value()));
        Instant evidenceDue = rulebook.rulesFor(schemeId).deadlines().evidenceDue();
        apply(new EvidenceCaptureTimeAccepted(assessmentId, command.evidenceId(), item.capturedAt(), evidenceDue,
                item.capturedAt().isAfter(evidenceDue), command.reason()));
    }

    @CommandHandler
    void handle(SubmitSelfAssessment command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit,
                @MetaDataValue(AfterTheFact.STATED_AT) String statedAt,
                @MetaDataValue(AfterTheFact.REASON) String statedReason,
                SchemeRulebook rulebook,
                Clock clock) {
        AfterTheFact backdate = AfterTheFactRules.read(statedAt, statedReason, role, rulebook.rulesFor(schemeId).year(),
                clock.instant());
        requireActor(role, actingUnit, Role.SUBMITTER, Role.ADMIN);
        requireNotFinalized();
        require(status == AssessmentStatus.OPEN, ErrorCode.ALREADY_SUBMITTED, "already submitted");
        Map<String, Score> claimedScores = new HashMap<>();
        claims.forEach((code, claim) -> claimedScores.put(code, claim.score()));
        // what the unit's own claims come to, uncapped: the event has always recorded the claimed sum
        Totals claimed = totals(claimedScores, state -> state != BonusState.REJECTED, null);
        apply(new SelfAssessmentSubmitted(assessmentId, schemeId, unitId, command.declared(), claimed.base(),
                claimed.verifiedBonus(), clock.instant(), backdate));
    }

    /** @return which earlier claim this one duplicates, if any, so the answer can say so at once */
    @CommandHandler
    BonusDuplicate handle(ClaimBonus command,
                          @MetaDataValue(ActorMetaData.ROLE) String role,
                          @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit,
                          @MetaDataValue(AfterTheFact.STATED_AT) String statedAt,
                          @MetaDataValue(AfterTheFact.REASON) String statedReason,
                          SchemeRulebook rulebook,
                          Clock clock) {
        SchemeRules rules = rulebook.rulesFor(schemeId);
        AfterTheFact backdate = AfterTheFactRules.read(statedAt, statedReason, role, rules.year(), clock.instant());
        requireActor(role, actingUnit, Role.SUBMITTER, Role.ADMIN);
        require(status == AssessmentStatus.OPEN, ErrorCode.CLAIMS_LOCKED, "claims are locked", facts("status", status));
        // a bonus is a claim like any other: schemes have no separate bonus deadline
        requireClaimsDeadline(rules, happenedAt(backdate, clock));
        BonusClaimId id = present(command.bonusClaimId(), "bonusClaimId");
        require(!bonusClaims.containsKey(id), ErrorCode.ALREADY_EXISTS, "bonus claim already exists: " + id, facts("bonusClaim", id.value()));
        BonusLevel level = present(command.level(), "level");
        String title = text(command.title(), "title");
        Score points = rules.bonusPoints().get(level);
        require(points != null, ErrorCode.BONUS_LEVEL_NOT_IN_SCHEME, "the scheme has no bonus rule for " + level,
                facts("level", level, "allowed", String.join(", ",
                        rules.bonusPoints().keySet().stream().map(Enum::name).sorted().toList())));
        for (EvidenceId evidenceId : command.evidenceIds()) {
            require(evidence.containsKey(evidenceId), ErrorCode.EVIDENCE_NOT_FOUND, "no evidence " + evidenceId,
                    facts("evidence", evidenceId.value()));
        }
        String normalized = BonusTitle.normalize(title);
        Optional<Map.Entry<BonusClaimId, BonusClaim>> original = bonusClaims.entrySet().stream()
                .filter(e -> e.getValue().state() != BonusState.REJECTED)
                .filter(e -> e.getValue().normalizedTitle().equals(normalized))
                .findFirst();
        BonusClaimId duplicateOf = original.map(Map.Entry::getKey).orElse(null);
        // awardedOn stays null when the unit's source gives no date: recorded as absent, never guessed
        apply(new BonusClaimed(assessmentId, id, level, title, normalized, command.source(), command.awardedOn(),
                points, command.evidenceIds(), duplicateOf, backdate));
        return original.map(e -> new BonusDuplicate(e.getKey().value(), e.getValue().title())).orElse(null);
    }

    @CommandHandler
    void handle(VerifyBonusAward command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit,
                @MetaDataValue(AfterTheFact.STATED_AT) String statedAt,
                @MetaDataValue(AfterTheFact.REASON) String statedReason,
                SchemeRulebook rulebook,
                Clock clock) {
        AfterTheFact backdate = requireReviewer(role, actingUnit, statedAt, statedReason, rulebook, clock);
        requireUnderReview();
        BonusClaim claim = undecidedBonus(command.bonusClaimId());
        if (claim.duplicateOf() != null) {
            BonusClaim original = bonusClaims.get(claim.duplicateOf());
            require(original == null || original.state() == BonusState.REJECTED, ErrorCode.BONUS_DUPLICATE,
                    "this claim duplicates " + claim.duplicateOf(),
                    facts("duplicateOf", claim.duplicateOf().value()));
        }
        apply(new BonusAwardVerified(assessmentId, command.bonusClaimId(), claim.level(), claim.points(),
                command.note(), backdate));
    }

    @CommandHandler
    void handle(RejectBonusAward command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit,
                @MetaDataValue(AfterTheFact.STATED_AT) String statedAt,
                @MetaDataValue(AfterTheFact.REASON) String statedReason,
                SchemeRulebook rulebook,
                Clock clock) {
        AfterTheFact backdate = requireReviewer(role, actingUnit, statedAt, statedReason, rulebook, clock);
        requireUnderReview();
        reason(command.reason());
        BonusClaim claim = undecidedBonus(command.bonusClaimId());
        apply(new BonusAwardRejected(assessmentId, command.bonusClaimId(), claim.level(), claim.points(),
                claim.duplicateOf(), command.reason(), backdate));
    }

    @CommandHandler
    void handle(AdjustScore command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit,
                @MetaDataValue(AfterTheFact.STATED_AT) String statedAt,
                @MetaDataValue(AfterTheFact.REASON) String statedReason,
                SchemeRulebook rulebook,
                Clock clock) {
        AfterTheFact backdate = requireReviewer(role, actingUnit, statedAt, statedReason, rulebook, clock);
        requireUnderReview();
        reason(command.reason());
        IndicatorRule rule = indicator(rulebook.rulesFor(schemeId), command.indicatorCode());
        Score newScore = present(command.newScore(), "newScore");
        requireInRange(rule, newScore);
        apply(new ReviewAdjustmentMade(assessmentId, schemeId, unitId, rule.indicatorCode(),
                effectiveScores.get(rule.indicatorCode()), newScore, rule.maxPoints(), command.reason(), backdate));
    }

    @CommandHandler
    void handle(ApplyVeto command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit,
                @MetaDataValue(AfterTheFact.STATED_AT) String statedAt,
                @MetaDataValue(AfterTheFact.REASON) String statedReason,
                SchemeRulebook rulebook,
                Clock clock) {
        AfterTheFact backdate = requireReviewer(role, actingUnit, statedAt, statedReason, rulebook, clock);
        requireUnderReview();
        reason(command.reason());
        String name = vetoCondition(rulebook.rulesFor(schemeId), command.conditionCode());
        require(!vetoes.contains(command.conditionCode()), ErrorCode.VETO_ALREADY_APPLIED,
                "veto already applied: " + command.conditionCode(), facts("condition", command.conditionCode()));
        apply(new VetoApplied(assessmentId, command.conditionCode(), name, command.reason(), backdate));
    }

    @CommandHandler
    void handle(LiftVeto command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit,
                SchemeRulebook rulebook) {
        requireActor(role, actingUnit, Role.REVIEWER);
        requireUnderReview();
        reason(command.reason());
        vetoCondition(rulebook.rulesFor(schemeId), command.conditionCode());
        require(vetoes.contains(command.conditionCode()), ErrorCode.VETO_NOT_APPLIED,
                "veto not applied: " + command.conditionCode(), facts("condition", command.conditionCode()));
        apply(new VetoLifted(assessmentId, command.conditionCode(), command.reason()));
    }

    @CommandHandler
    void handle(FinalizeReview command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit,
                @MetaDataValue(AfterTheFact.STATED_AT) String statedAt,
                @MetaDataValue(AfterTheFact.REASON) String statedReason,
                SchemeRulebook rulebook,
                Clock clock) {
        AfterTheFact backdate = requireReviewer(role, actingUnit, statedAt, statedReason, rulebook, clock);
        requireUnderReview();
        long pending = bonusClaims.values().stream().filter(b -> b.state() == BonusState.PENDING).count();
        require(pending == 0, ErrorCode.BONUS_PENDING, pending + " bonus claim(s) not yet decided",
                facts("pending", pending));
        Totals totals = totals(effectiveScores, BonusState.VERIFIED::equals, rulebook.rulesFor(schemeId).bonusCap());
        apply(new ReviewFinalized(assessmentId, schemeId, unitId, totals.base(), totals.bonus(), totals.total(),
                totals.vetoed(), clock.instant(), backdate));
    }

    @CommandHandler
    void handle(ReopenAssessment command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit) {
        requireActor(role, actingUnit, Role.REVIEWER, Role.ADMIN);
        require(status != AssessmentStatus.OPEN, ErrorCode.NOT_REOPENABLE, "the assessment is open already");
        reason(command.reason());
        AssessmentStatus reopenedTo = status == AssessmentStatus.FINALIZED
                ? AssessmentStatus.SUBMITTED : AssessmentStatus.OPEN;
        apply(new AssessmentReopened(assessmentId, status, reopenedTo, command.reason()));
    }

    /**
     * The unit's own words for its report; only its submitter writes them, and only until the review is final,
     * because the finalised report is what the office files.
     */
    @CommandHandler
    void handle(WriteReportSection command,
                @MetaDataValue(ActorMetaData.ROLE) String role,
                @MetaDataValue(ActorMetaData.UNIT_ID) String actingUnit) {
        requireActor(role, actingUnit, Role.SUBMITTER);
        requireNotFinalized();
        ReportSectionKind kind = present(command.kind(), "kind");
        require(command.text() != null && !command.text().isBlank(), ErrorCode.REPORT_SECTION_BLANK,
                "the " + kind + " section must not be blank", facts("section", kind));
        require(command.text().codePointCount(0, command.text().length()) <= REPORT_SECTION_LIMIT, ErrorCode.REPORT_SECTION_TOO_LONG,
                "the " + kind + " section is longer than " + REPORT_SECTION_LIMIT + " characters",
                facts("section", kind, "max", REPORT_SECTION_LIMIT));
        apply(new ReportSectionWritten(assessmentId, unitId, kind, command.text(),
                reportSectionRevisions.getOrDefault(kind, 0) + 1));
    }

    /**
     * A submitter of another unit is told so before anything else; then the role must be one of {@code allowed};
     * a reviewer bound to this assessment's unit is refused last.
     */
    private Role requireActor(String role, String actingUnit, Role... allowed) {
        // submitters always belong to a unit; a leader's account may be bound to one, and is then held to it
        Role claimed = roleOf(role);
        boolean boundElsewhere = (claimed == Role.SUBMITTER && !unitId.value().equals(actingUnit))
                || (claimed == Role.LEADER && actingUnit != null && !unitId.value().equals(actingUnit));
        require(!boundElsewhere, ErrorCode.OTHER_UNIT, "this assessment belongs to another unit", facts("unit", unitId.value()));
        Role actor = requireRole(role, allowed);
        // a reviewer must not judge the unit they work for; checked after the role so other refusals stay as they were
        require(actor != Role.REVIEWER || !unitId.value().equals(actingUnit), ErrorCode.OWN_UNIT_REVIEW,
                "a reviewer may not review their own unit", facts("unit", unitId.value()));
        return actor;
    }

    /**
     * A review step is the reviewer's, or the office's when it enters a past year's review after the fact (补录).
     * @return the after-the-fact facts, or null when entered live
     */
    private AfterTheFact requireReviewer(String role, String actingUnit, String statedAt, String statedReason,
                                         SchemeRulebook rulebook, Clock clock) {
        if (statedAt == null && statedReason == null) {
            requireActor(role, actingUnit, Role.REVIEWER);
            return null;
        }
        AfterTheFact backdate = AfterTheFactRules.read(statedAt, statedReason, role,
                rulebook.rulesFor(schemeId).year(), clock.instant());
        requireActor(role, actingUnit, Role.ADMIN);
        return backdate;
    }

    /** When a command's act happened: its stated date when entered after the fact, else now. */
    private static Instant happenedAt(AfterTheFact backdate, Clock clock) {
        return backdate == null ? clock.instant() : backdate.statedAt();
    }

    /** The kernel's totals over {@code scores}, counting the bonus claims whose state {@code counts}. */
    private Totals totals(Map<String, Score> scores, Predicate<BonusState> counts, Score bonusCap) {
        return TotalsArithmetic.compute(new TotalsInput(
                scores.entrySet().stream().map(e -> new ScoredItem(e.getKey(), null, e.getValue())).toList(),
                List.of(),
                bonusClaims.values().stream().filter(b -> counts.test(b.state())).map(BonusClaim::points).toList(),
                bonusCap, !vetoes.isEmpty()));
    }

    private void requireNotFinalized() {
        require(status != AssessmentStatus.FINALIZED, ErrorCode.ASSESSMENT_FINALIZED, "the assessment is finalised");
    }

    private void requireUnderReview() {
        requireNotFinalized();
        require(status == AssessmentStatus.SUBMITTED, ErrorCode.NOT_SUBMITTED, "the assessment is not submitted");
    }

    private static IndicatorRule indicator(SchemeRules rules, String code) {
        Optional<IndicatorRule> rule = code == null ? Optional.empty() : rules.indicator(code);
        return rule.orElseThrow(() -> refusal(
                ErrorCode.INDICATOR_NOT_FOUND, "no indicator " + code, facts("indicator", code)));
    }

    private static String vetoCondition(SchemeRules rules, String code) {
        String name = code == null ? null : rules.vetoConditions().get(code);
        require(name != null, ErrorCode.VETO_CONDITION_NOT_FOUND, "no veto condition " + code, facts("condition", code));
        return name;
    }

    private static void requireInRange(IndicatorRule rule, Score score) {
        require(score.isBetween(rule.lowest(), rule.highest()), ErrorCode.SCORE_OUT_OF_RANGE,
                rule.indicatorCode() + " must score between " + rule.lowest() + " and " + rule.highest(),
                facts("indicator", rule.indicatorCode(), "given", score, "min", rule.lowest(), "max", rule.highest()));
    }

    private Evidence activeEvidence(EvidenceId id) {
        Evidence item = id == null ? null : evidence.get(id);
        require(item != null, ErrorCode.EVIDENCE_NOT_FOUND, "no evidence " + id, facts("evidence", id == null ? null : id.value()));
        require(item.state() == EvidenceState.ACTIVE, ErrorCode.EVIDENCE_NOT_ACTIVE,
                "evidence " + id + " is " + item.state(), facts("evidence", id.value(), "state", item.state()));
        return item;
    }

    /** Score and bonus claims close at the scheme's claims deadline, unless the review reopened the assessment. */
    private void requireClaimsDeadline(SchemeRules rules, Instant happenedAt) {
        Instant claimsDue = rules.deadlines().claimsDue();
        require(reopenedToClaims || !happenedAt.isAfter(claimsDue), ErrorCode.CLAIMS_DEADLINE_PASSED,
                "claims were due " + claimsDue, facts("claimsDue", claimsDue));
    }

    private BonusClaim undecidedBonus(BonusClaimId id) {
        BonusClaim claim = id == null ? null : bonusClaims.get(id);
        require(claim != null, ErrorCode.BONUS_CLAIM_NOT_FOUND, "no bonus claim " + id, facts("bonusClaim", id == null ? null : id.value()));
        require(claim.state() == BonusState.PENDING, ErrorCode.BONUS_ALREADY_DECIDED,
                "bonus claim " + id + " is " + claim.state(), facts("bonusClaim", id.value(), "state", claim.state()));
        return claim;
    }

    @EventSourcingHandler
    void on(AssessmentOpened event) {
        assessmentId = event.assessmentId();
        schemeId = event.schemeId();
        unitId = event.unitId();
        status = AssessmentStatus.OPEN;
    }

    @EventSourcingHandler
    void on(ScoreClaimed event) {
        claims.put(event.indicatorCode(), new Claim(event.claimedScore(), event.revision()));
        effectiveScores.put(event.indicatorCode(), event.claimedScore());
    }

    @EventSourcingHandler
    void on(EvidenceAttached event) {
        evidence.put(event.evidenceId(), new Evidence(event.indicatorCodes(), event.taskIds(), event.capturedAt(),
                EvidenceState.ACTIVE));
    }

    @EventSourcingHandler
    void on(EvidenceWithdrawn event) {
        evidence.computeIfPresent(event.evidenceId(), (id, e) -> e.withState(EvidenceState.WITHDRAWN));
    }

    @EventSourcingHandler
    void on(EvidenceRejected event) {
        evidence.computeIfPresent(event.evidenceId(), (id, e) -> e.withState(EvidenceState.REJECTED));
    }

    @EventSourcingHandler
    void on(SelfAssessmentSubmitted event) {
        status = AssessmentStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(BonusClaimed event) {
        bonusClaims.put(event.bonusClaimId(), new BonusClaim(event.level(), event.title(), event.normalizedTitle(), event.points(),
                BonusState.PENDING, event.duplicateOf()));
    }

    @EventSourcingHandler
    void on(BonusAwardVerified event) {
        bonusClaims.computeIfPresent(event.bonusClaimId(), (id, b) -> b.withState(BonusState.VERIFIED));
    }

    @EventSourcingHandler
    void on(BonusAwardRejected event) {
        bonusClaims.computeIfPresent(event.bonusClaimId(), (id, b) -> b.withState(BonusState.REJECTED));
    }

    @EventSourcingHandler
    void on(ReviewAdjustmentMade event) {
        effectiveScores.put(event.indicatorCode(), event.newScore());
    }

    @EventSourcingHandler
    void on(VetoApplied event) {
        vetoes.add(event.conditionCode());
    }

    @EventSourcingHandler
    void on(VetoLifted event) {
        vetoes.remove(event.conditionCode());
    }

    @EventSourcingHandler
    void on(ReportSectionWritten event) {
        reportSectionRevisions.put(event.kind(), event.revision());
    }

    @EventSourcingHandler
    void on(ReviewFinalized event) {
        status = AssessmentStatus.FINALIZED;
    }

    @EventSourcingHandler
    void on(AssessmentReopened event) {
        status = event.status();
        if (event.status() == AssessmentStatus.OPEN) {
            reopenedToClaims = true;
        }
    }
}
