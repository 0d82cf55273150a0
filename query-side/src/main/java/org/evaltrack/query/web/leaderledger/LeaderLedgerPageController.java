package org.evaltrack.query.web.leaderledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.ledger.FindTaskLedger;
import org.evaltrack.kernel.query.ledger.LedgerTaskView;
import org.evaltrack.kernel.query.ledger.TaskLedgerView;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.page.WebPage;
import org.evaltrack.kernel.query.ledger.LedgerUnitChoice;
import org.evaltrack.query.web.page.PageDirectory;
import org.evaltrack.query.web.page.PageRefused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Task ledgers (工作任务分解台账) as pages. A leader sees their own tasks first (open ones with their traffic
 * light, the overdue count) and may close one by attaching its evidence; then the rest of their unit's
 * tasks. A submitter sees the unit's ledger. The performance office chooses a unit or a department.
 * The same visibility as the JSON API.
 */
@WebPage
class LeaderLedgerPageController {

    private final QueryGateway queries;
    private final PageDirectory directory;

    LeaderLedgerPageController(QueryGateway queries, PageDirectory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    @GetMapping("/ledger")
    String ledger(@RequestParam(required = false) String unit, @RequestParam(required = false) String department,
                  @AuthenticationPrincipal QueryUser reader, Model model) {
        if (reader.boundToUnit() && unit != null && !unit.isBlank() && !unit.equals(unitOf(reader))) {
            // as the trail page and the API refuse it: a unit's staff may not even learn another unit's ledger exists
            throw PageRefused.forbidden(ErrorCode.OTHER_UNIT.name());
        }
        model.addAttribute("closer", new TaskCloser(reader));
        return switch (reader.role()) {
            case LEADER -> leader(reader, model);
            case SUBMITTER -> submitter(reader, model);
            case ADMIN, REVIEWER -> office(unit, department, model);
        };
    }

    private static String unitOf(QueryUser reader) {
        return reader.unitId() == null ? null : reader.unitId().value();
    }

    private String leader(QueryUser reader, Model model) {
        TaskLedgerView mine = ask(FindTaskLedger.ofLeader(reader.userId()))
                .orElseThrow(() -> new IllegalStateException("a leader ledger is always answered"));
        model.addAttribute("mine", mine);
        if (reader.unitId() != null) {
            ask(FindTaskLedger.ofUnit(reader.unitId())).ifPresent(unitLedger -> {
                model.addAttribute("unitLedger", unitLedger);
                model.addAttribute("othersTasks", unitLedger.tasks().stream()
                        .filter(task -> !reader.userId().equals(task.leaderId())).toList());
            });
        }
        return "leaderledger/leader";
    }

    private String submitter(QueryUser reader, Model model) {
        if (reader.unitId() == null) {
            throw PageRefused.forbidden(ErrorCode.FORBIDDEN.name());
        }
        model.addAttribute("ledger", ask(FindTaskLedger.ofUnit(reader.unitId())).orElse(null));
        return "leaderledger/unit";
    }

    /** Every unit and department with its counts; the one chosen, in full. */
    private String office(String unit, String department, Model model) {
        List<LedgerSummary> units = new ArrayList<>();
        for (LedgerUnitChoice choice : directory.ledgerUnits()) {
            ask(FindTaskLedger.ofUnit(choice.unitId()))
                    .ifPresent(view -> units.add(new LedgerSummary(choice.unitId().value(), view.displayName(), view)));
        }
        List<LedgerSummary> departments = new ArrayList<>();
        for (String name : directory.departments()) {
            ask(FindTaskLedger.ofDepartment(name)).ifPresent(view -> departments.add(new LedgerSummary(name, name, view)));
        }
        model.addAttribute("units", units);
        model.addAttribute("departments", departments);
        if (unit != null && !unit.isBlank()) {
            model.addAttribute("chosen", units.stream().filter(s -> s.key().equals(unit)).findFirst()
                    .orElseThrow(() -> PageRefused.notFound(ErrorCode.UNIT_NOT_FOUND.name())).ledger());
        } else if (department != null && !department.isBlank()) {
            model.addAttribute("chosen", departments.stream().filter(s -> s.key().equals(department)).findFirst()
                    .map(LedgerSummary::ledger)
                    .orElseGet(() -> ask(FindTaskLedger.ofDepartment(department)).orElse(null)));
        }
        return "leaderledger/office";
    }

    private Optional<TaskLedgerView> ask(FindTaskLedger query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(TaskLedgerView.class)).join();
    }

    /** One line of the office's overview: a unit or department and its ledger. */
    record LedgerSummary(String key, String name, TaskLedgerView ledger) {
    }

    /**
     * Whether the page offers to close a task by attaching evidence: what the command API would accept
     * (a leader their own tasks, a submitter their unit's, an admin any), so no form is shown only to be refused.
     */
    record TaskCloser(QueryUser reader) {
        public boolean mayClose(LedgerTaskView task) {
            if (task.closed()) {
                return false;
            }
            return switch (reader.role()) {
                case LEADER -> reader.userId().equals(task.leaderId()) && reader.maySee(task.unitId());
                case SUBMITTER -> reader.maySee(task.unitId());
                case ADMIN -> true;
                case REVIEWER -> false;
            };
        }
    }
}
