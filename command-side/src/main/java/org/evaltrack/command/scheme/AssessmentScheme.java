package org.evaltrack.command.scheme;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.evaltrack.command.domain.Checks.facts;
import static org.evaltrack.command.domain.Checks.present;
import static org.evaltrack.command.domain.Checks.reason;
import static org.evaltrack.command.domain.Checks.require;
import static org.evaltrack.command.domain.Checks.requireRole;
import static org.evaltrack.command.domain.Checks.text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.AddCategory;
import org.evaltrack.kernel.scheme.AddIndicator;
import org.evaltrack.kernel.scheme.BonusCapRevised;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.BonusRuleDefined;
import org.evaltrack.kernel.scheme.CategoryAdded;
import org.evaltrack.kernel.scheme.CategoryBudgetRevised;
import org.evaltrack.kernel.scheme.CloseScheme;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.DeadlinesRevised;
import org.evaltrack.kernel.scheme.DefineBonusRule;
import org.evaltrack.kernel.scheme.DefineVetoCondition;
import org.evaltrack.kernel.scheme.DraftScheme;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.IndicatorRevised;
import org.evaltrack.kernel.scheme.PublishScheme;
import org.evaltrack.kernel.scheme.ReviseBonusCap;
import org.evaltrack.kernel.scheme.ReviseCategoryBudget;
import org.evaltrack.kernel.scheme.ReviseDeadlines;
import org.evaltrack.kernel.scheme.ReviseIndicator;
import org.evaltrack.kernel.scheme.SchemeClosed;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.SchemePublished;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.VetoConditionDefined;
import org.evaltrack.kernel.score.Score;

/**
 * An assessment scheme (评估方案): shaped while DRAFT, frozen when PUBLISHED (changes are then
 * revisions with a reason), and finally CLOSED. Only the performance office (ADMIN) touches it.
 */
@Aggregate(commandTargetResolver = "expectedVersionResolver")
class AssessmentScheme {

    enum Status { DRAFT, PUBLISHED, CLOSED }

    record Category(String code, String name, Score budget) {
    }

    record Indicator(String code, String categoryCode, ScoringMode mode, Score maxPoints, Score floor) {
    }

    @AggregateIdentifier
    private SchemeId schemeId;
    private int year;
    private Status status;
    private Deadlines deadlines;
    /** null: the scheme sets no cap on the bonus. */
    private Score bonusCap;
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final Set<BonusLevel> bonusLevels = new HashSet<>();
    private final Set<String> vetoCodes = new HashSet<>();

    AssessmentScheme() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    AssessmentScheme(DraftScheme command, @MetaDataValue(ActorMetaData.ROLE) String role) {
        requireRole(role, Role.ADMIN);
        text(command.title(), "title");
        text(command.documentNumber(), "documentNumber");
        text(command.issuer(), "issuer");
        require(command.year() >= 2000 && command.year() <= 2100, ErrorCode.VALIDATION_FAILED,
                "year must be 2000..2100", facts("field", "year", "given", command.year(), "min", 2000, "max", 2100));
        requireOrdered(present(command.deadlines(), "deadlines"));
        requireValidCap(command.bonusCap());
        apply(new SchemeDrafted(command.schemeId(), command.year(), command.title(), command.documentNumber(),
                command.issuer(), command.deadlines(), command.bonusCap()));
    }

    @CommandHandler
    void handle(AddCategory command, @MetaDataValue(ActorMetaData.ROLE) String role) {
        requireRole(role, Role.ADMIN);
        requireDraft();
        String code = text(command.categoryCode(), "categoryCode");
        text(command.name(), "name");
        present(command.section(), "section");
        requireNonNegative(command.budget(), "budget");
        require(!categories.containsKey(code), ErrorCode.DUPLICATE_CODE, "category code already used: " + code,
                facts("category", code));
        apply(new CategoryAdded(schemeId, code, command.section(), command.name(), command.budget()));
    }

    @CommandHandler
    void handle(AddIndicator command, @MetaDataValue(ActorMetaData.ROLE) String role) {
        requireRole(role, Role.ADMIN);
        requireDraft();
        String categoryCode = text(command.categoryCode(), "categoryCode");
        String code = text(command.indicatorCode(), "indicatorCode");
        text(command.name(), "name");
        ScoringMode mode = present(command.scoringMode(), "scoringMode");
        require(categories.containsKey(categoryCode), ErrorCode.CATEGORY_NOT_FOUND,
                "no category " + categoryCode, facts("category", categoryCode));
        require(!indicators.containsKey(code), ErrorCode.DUPLICATE_CODE, "indicator code already used: " + code,
                facts("indicator", code));
        Score maxPoints = validMaximum(mode, command.maxPoints());
        requireValidFloor(mode, command.floor());
        apply(new IndicatorAdded(schemeId, categoryCode, code, command.name(), mode, maxPoints, command.floor(),
                command.subItems(), command.assumption()));
    }

    @CommandHandler
    void handle(DefineBonusRule command, @MetaDataValue(ActorMetaData.ROLE) String role) {
        requireRole(role, Role.ADMIN);
        requireDraft();
        BonusLevel level = present(command.level(), "level");
        Score points = present(command.pointsPerItem(), "pointsPerItem");
        require(points.isPositive(), ErrorCode.VALIDATION_FAILED, "pointsPerItem must be positive",
                facts("field", "pointsPerItem", "given", points, "min", "0.01"));
        require(!bonusLevels.contains(level), ErrorCode.DUPLICATE_CODE, "bonus level already defined: " + level,
                facts("level", level));
        apply(new BonusRuleDefined(schemeId, level, command.name(), points));
    }

    @CommandHandler
    void handle(DefineVetoCondition command, @MetaDataValue(ActorMetaData.ROLE) String role) {
        requireRole(role, Role.ADMIN);
        requireDraft();
        String code = text(command.conditionCode(), "conditionCode");
        text(command.name(), "name");
        require(!vetoCodes.contains(code), ErrorCode.DUPLICATE_CODE, "veto condition already defined: " + code,
                facts("condition", code));
        apply(new VetoConditionDefined(schemeId, code, command.name()));
    }

    @CommandHandler
    void handle(PublishScheme command, @MetaDataValue(ActorMetaData.ROLE) String role, Clock clock) {
        requireRole(role, Role.ADMIN);
        requireDraft();
        require(!indicators.isEmpty(), ErrorCode.SCHEME_EMPTY, "a scheme without indicators cannot be published");
        List<Map<String, String>> mismatches = new ArrayList<>();
        for (Category category : categories.values()) {
            Score sum = indicatorSum(category.code());
            if (sum.compareTo(category.budget()) != 0) {
                mismatches.add(facts("category", category.code(), "name", category.name(), "budget", category.budget(),
                        "indicators", sum));
            }
        }
        if (!mismatches.isEmpty()) {
            throw DomainException.labelled(ErrorCode.BUDGET_MISMATCH,
                    mismatches.size() + " category budget(s) differ from their indicators", mismatches);
        }
        Score baseTotal = Score.sum(categories.values().stream().map(Category::budget).toList());
        apply(new SchemePublished(schemeId, year, baseTotal, categories.size(), indicators.size(), clock.instant()));
    }

    @CommandHandler
    void handle(ReviseIndicator command, @MetaDataValue(ActorMetaData.ROLE) String role) {
        requireRole(role, Role.ADMIN);
        requirePublished();
        reason(command.reason());
        Indicator indicator = indicators.get(command.indicatorCode());
        require(indicator != null, ErrorCode.INDICATOR_NOT_FOUND, "no indicator " + command.indicatorCode(),
                facts("indicator", command.indicatorCode()));
        Score maxPoints = validMaximum(indicator.mode(), command.maxPoints());
        requireValidFloor(indicator.mode(), command.floor());
        require(!(maxPoints.equals(indicator.maxPoints()) && Objects.equals(command.floor(), indicator.floor())),
                ErrorCode.VALIDATION_FAILED, "the revision changes nothing",
                facts("indicator", indicator.code(), "maxPoints", maxPoints, "floor", command.floor()));
        apply(new IndicatorRevised(schemeId, indicator.categoryCode(), indicator.code(), indicator.maxPoints(), maxPoints,
                indicator.floor(), command.floor(), command.reason()));
    }

    @CommandHandler
    void handle(ReviseCategoryBudget command, @MetaDataValue(ActorMetaData.ROLE) String role) {
        requireRole(role, Role.ADMIN);
        requirePublished();
        reason(command.reason());
        Category category = categories.get(command.categoryCode());
        require(category != null, ErrorCode.CATEGORY_NOT_FOUND, "no category " + command.categoryCode(),
                facts("category", command.categoryCode()));
        requireNonNegative(command.budget(), "budget");
        require(!command.budget().equals(category.budget()), ErrorCode.VALIDATION_FAILED,
                "the revision changes nothing",
                facts("category", category.code(), "budget", command.budget()));
        apply(new CategoryBudgetRevised(schemeId, category.code(), category.budget(), command.budget(),
                command.reason()));
    }

    @CommandHandler
    void handle(ReviseDeadlines command, @MetaDataValue(ActorMetaData.ROLE) String role) {
        requireRole(role, Role.ADMIN);
        requirePublished();
        reason(command.reason());
        requireOrdered(present(command.deadlines(), "deadlines"));
        require(!command.deadlines().equals(deadlines), ErrorCode.VALIDATION_FAILED, "the revision changes nothing");
        apply(new DeadlinesRevised(schemeId, deadlines, command.deadlines(), command.reason()));
    }

    @CommandHandler
    void handle(ReviseBonusCap command, @MetaDataValue(ActorMetaData.ROLE) String role) {
        requireRole(role, Role.ADMIN);
        requirePublished();
        reason(command.reason());
        requireValidCap(command.bonusCap());
        require(!Objects.equals(command.bonusCap(), bonusCap), ErrorCode.VALIDATION_FAILED, "the revision changes nothing",
                facts("field", "bonusCap", "given", capText(command.bonusCap()), "current", capText(bonusCap)));
        apply(new BonusCapRevised(schemeId, bonusCap, command.bonusCap(), command.reason()));
    }

    @CommandHandler
    void handle(CloseScheme command, @MetaDataValue(ActorMetaData.ROLE) String role, Clock clock) {
        requireRole(role, Role.ADMIN);
        requirePublished();
        apply(new SchemeClosed(schemeId, command.reason(), clock.instant()));
    }

    private void requireDraft() {
        require(status != Status.CLOSED, ErrorCode.SCHEME_CLOSED, "the scheme is closed");
        require(status == Status.DRAFT, ErrorCode.SCHEME_NOT_DRAFT, "the scheme is no longer a draft");
    }

    private void requirePublished() {
        require(status != Status.CLOSED, ErrorCode.SCHEME_CLOSED, "the scheme is closed");
        require(status == Status.PUBLISHED, ErrorCode.SCHEME_NOT_PUBLISHED, "the scheme is not published");
    }

    private static void requireOrdered(Deadlines d) {
        require(!d.claimsDue().isAfter(d.evidenceDue()) && !d.evidenceDue().isAfter(d.reviewDue()),
                ErrorCode.INVALID_DEADLINES, "deadlines must satisfy claimsDue <= evidenceDue <= reviewDue",
                facts("claimsDue", d.claimsDue(), "evidenceDue", d.evidenceDue(), "reviewDue", d.reviewDue()));
    }

    /** No cap (null) is allowed: some schemes set none; a cap given is 0 or more. */
    private static void requireValidCap(Score cap) {
        require(cap == null || !cap.isNegative(), ErrorCode.VALIDATION_FAILED, "bonusCap must not be negative",
                facts("field", "bonusCap", "given", capText(cap), "min", Score.ZERO));
    }

    private static String capText(Score cap) {
        return cap == null ? "none" : cap.toString();
    }

    private static void requireNonNegative(Score value, String field) {
        require(!present(value, field).isNegative(), ErrorCode.VALIDATION_FAILED, field + " must not be negative",
                facts("field", field, "given", value, "min", Score.ZERO));
    }

    /** STANDARD needs a positive maximum; DEDUCTION_ONLY is worth exactly 0 (a missing maximum means 0). */
    private static Score validMaximum(ScoringMode mode, Score maxPoints) {
        if (mode == ScoringMode.DEDUCTION_ONLY) {
            Score max = maxPoints == null ? Score.ZERO : maxPoints;
            require(max.compareTo(Score.ZERO) == 0, ErrorCode.VALIDATION_FAILED,
                    "a deduction-only indicator is worth 0",
                    facts("field", "maxPoints", "given", max, "allowed", Score.ZERO));
            return max;
        }
        require(maxPoints != null && maxPoints.isPositive(), ErrorCode.VALIDATION_FAILED,
                "a standard indicator needs a positive maximum",
                facts("field", "maxPoints", "given", maxPoints, "min", "0.01"));
        return maxPoints;
    }

    private static void requireValidFloor(ScoringMode mode, Score floor) {
        if (mode == ScoringMode.DEDUCTION_ONLY) {
            require(floor != null && !floor.isPositive(), ErrorCode.INVALID_FLOOR,
                    "a deduction-only indicator needs a floor of 0 or below",
                    facts("field", "floor", "given", floor, "max", Score.ZERO));
        } else {
            require(floor == null, ErrorCode.INVALID_FLOOR, "a standard indicator has no floor",
                    facts("field", "floor", "given", floor));
        }
    }

    private Score indicatorSum(String categoryCode) {
        return Score.sum(indicators.values().stream()
                .filter(i -> i.categoryCode().equals(categoryCode) && i.mode() == ScoringMode.STANDARD)
                .map(Indicator::maxPoints)
                .toList());
    }

    @EventSourcingHandler
    void on(SchemeDrafted event) {
        schemeId = event.schemeId();
        year = event.year();
        deadlines = event.deadlines();
        bonusCap = event.bonusCap();
        status = Status.DRAFT;
    }

    @EventSourcingHandler
    void on(CategoryAdded event) {
        categories.put(event.categoryCode(), new Category(event.categoryCode(), event.name(), event.budget()));
    }

    @EventSourcingHandler
    void on(IndicatorAdded event) {
        indicators.put(event.indicatorCode(), new Indicator(event.indicatorCode(), event.categoryCode(),
                event.scoringMode(), event.maxPoints(), event.floor()));
    }

    @EventSourcingHandler
    void on(BonusRuleDefined event) {
        bonusLevels.add(event.level());
    }

    @EventSourcingHandler
    void on(VetoConditionDefined event) {
        vetoCodes.add(event.conditionCode());
    }

    @EventSourcingHandler
    void on(SchemePublished event) {
        status = Status.PUBLISHED;
    }

    @EventSourcingHandler
    void on(IndicatorRevised event) {
        indicators.computeIfPresent(event.indicatorCode(), (code, i) ->
                new Indicator(code, i.categoryCode(), i.mode(), event.maxPoints(), event.floor()));
    }

    @EventSourcingHandler
    void on(CategoryBudgetRevised event) {
        categories.computeIfPresent(event.categoryCode(), (code, c) -> new Category(code, c.name(), event.budget()));
    }

    @EventSourcingHandler
    void on(DeadlinesRevised event) {
        deadlines = event.deadlines();
    }

    @EventSourcingHandler
    void on(BonusCapRevised event) {
        bonusCap = event.bonusCap();
    }

    @EventSourcingHandler
    void on(SchemeClosed event) {
        status = Status.CLOSED;
    }
}
