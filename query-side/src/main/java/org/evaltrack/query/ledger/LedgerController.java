package org.evaltrack.query.ledger;

import java.util.Optional;
import org.evaltrack.query.web.DateParameter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.ledger.FindTaskLedger;
import org.evaltrack.kernel.query.ledger.TaskLedgerView;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.QueryProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Task ledgers over HTTP. A leader reads their own tasks and the ledgers of their unit; a submitter reads
 * their unit's tasks only (other views are narrowed to it in the query); reviewers and admins read all.
 */
@RestController
@Tag(name = "任务台账查询 / Task ledgers",
        description = "按领导、部门、单位、考核查看工作任务分解台账：红黄绿灯、逾期、销号用时与销号材料 / "
                + "Ledgers per leader, department, unit and assessment: traffic lights, overdue tasks, time to close-out, closing evidence")
class LedgerController {

    private static final String AS_OF = "历史时点（ISO-8601，如 2020-01-10T00:00:00Z）：按当时的台账回答，红黄绿灯按该时点判断；缺省为现在 / "
            + "Answer as the ledger stood at this instant (ISO-8601, e.g. 2020-01-10T00:00:00Z), traffic lights judged then; default now";

    private final QueryGateway queryGateway;

    LedgerController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/ledgers/mine")
    @Operation(summary = "我的台账 / My ledger",
            description = "登录领导本人的任务：未销号在前（红、黄、绿，按期限），已销号在后 / "
                    + "The signed-in leader's own tasks: open first (red, yellow, green, by due date), then closed")
    TaskLedgerView mine(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                        @AuthenticationPrincipal QueryUser reader) {
        return ask(FindTaskLedger.ofLeader(reader.userId()).asOf(DateParameter.instant("asOf", asOf)))
                .orElseThrow(() -> new IllegalStateException("a leader ledger is always answered"));
    }

    @GetMapping("/api/ledgers/leaders/{leaderId}")
    @Operation(summary = "某位领导的台账 / A leader's ledger",
            description = "审核员、管理员可看任何领导；领导只能看自己；填报员只看到本单位的任务 / "
                    + "Reviewers and admins: any leader; a leader: only themselves; a submitter: that leader's tasks in their own unit")
    TaskLedgerView leader(@PathVariable String leaderId,
                          @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                          @AuthenticationPrincipal QueryUser reader) {
        UserId leader = UserId.of(leaderId);
        if (reader.role() == Role.LEADER && !reader.userId().equals(leader)) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN.name());
        }
        return ask(narrowed(FindTaskLedger.ofLeader(leader), reader).asOf(DateParameter.instant("asOf", asOf)))
                .orElseThrow(() -> new IllegalStateException("a leader ledger is always answered"));
    }

    @GetMapping("/api/ledgers/departments/{department}")
    @Operation(summary = "某部门的台账 / A department's ledger",
            description = "审核员、管理员可看全部单位；填报员只看到本单位的任务；领导不可用 / "
                    + "Reviewers and admins: all units; a submitter: their own unit's tasks; not for leaders")
    TaskLedgerView department(@PathVariable String department,
                              @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                              @AuthenticationPrincipal QueryUser reader) {
        if (reader.role() == Role.LEADER) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN.name());
        }
        return ask(narrowed(FindTaskLedger.ofDepartment(department), reader).asOf(DateParameter.instant("asOf", asOf)))
                .orElseThrow(() -> new IllegalStateException("a department ledger is always answered"));
    }

    @GetMapping("/api/units/{unitId}/ledger")
    @Operation(summary = "某单位的台账 / A unit's ledger",
            description = "该单位所有考核的任务；填报员和领导只能看本单位 / "
                    + "The tasks of all the unit's assessments; submitters and leaders: their own unit only")
    TaskLedgerView unit(@PathVariable String unitId,
                        @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                        @AuthenticationPrincipal QueryUser reader) {
        UnitId unit = UnitId.of(unitId);
        if (!reader.maySee(unit)) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN.name());
        }
        return ask(FindTaskLedger.ofUnit(unit).asOf(DateParameter.instant("asOf", asOf))).orElseThrow(() ->
                new QueryProblemException(HttpStatus.NOT_FOUND, ErrorCode.UNIT_NOT_FOUND.name(), unit.value()));
    }

    @GetMapping("/api/assessments/{assessmentId}/ledger")
    @Operation(summary = "某次考核的台账 / An assessment's ledger",
            description = "填报员和领导只能看本单位的考核 / Submitters and leaders: their own unit's assessments only")
    TaskLedgerView assessment(@PathVariable String assessmentId,
                              @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                              @AuthenticationPrincipal QueryUser reader) {
        AssessmentId id = AssessmentId.of(assessmentId);
        TaskLedgerView view = ask(FindTaskLedger.ofAssessment(id).asOf(DateParameter.instant("asOf", asOf))).orElseThrow(() ->
                new QueryProblemException(HttpStatus.NOT_FOUND, ErrorCode.ASSESSMENT_NOT_FOUND.name(), id.value()));
        if (!reader.maySee(view.unitId())) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.OTHER_UNIT.name(), id.value());
        }
        return view;
    }

    /** A submitter's cross-unit views are cut down to its unit in the query itself, not filtered afterwards. */
    private static FindTaskLedger narrowed(FindTaskLedger query, QueryUser reader) {
        if (reader.role() != Role.SUBMITTER) {
            return query;
        }
        if (reader.unitId() == null) {
            // no unit to narrow to must never widen to all units
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN.name());
        }
        return query.onlyUnit(reader.unitId());
    }

    private Optional<TaskLedgerView> ask(FindTaskLedger query) {
        return queryGateway.query(query, ResponseTypes.optionalInstanceOf(TaskLedgerView.class)).join();
    }
}
