package org.evaltrack.query.trail;

import org.evaltrack.query.web.DateParameter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.trail.FindAssessmentTrail;
import org.evaltrack.kernel.query.trail.FindSchemeTrail;
import org.evaltrack.kernel.query.trail.TrailEntryKind;
import org.evaltrack.kernel.query.trail.TrailFilter;
import org.evaltrack.kernel.query.trail.TrailOrder;
import org.evaltrack.kernel.query.trail.TrailPage;
import org.evaltrack.kernel.query.trail.TrailPaging;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.QueryProblemException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail over HTTP. Submitters and leaders read their own unit only; reviewers and admins
 * read all. Malformed parameters are refused as MALFORMED_REQUEST (400) by the query side's advice.
 */
@RestController
@Tag(name = "审计轨迹 / Audit trail", description = "每一次得分变动：谁、何时、为何、前后值 / Every change of every score: who, when, why, before and after")
class TrailController {

    private final QueryGateway queryGateway;

    TrailController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/assessments/{assessmentId}/trail")
    @Operation(summary = "单位考核的审计轨迹 / The audit trail of one assessment",
            description = "例：GET /api/assessments/{id}/trail?indicator=1.2.2&order=oldest 一次请求回答“政协工作如何从3分变为2分、谁改的、何时、为何”。"
                    + " / One request answers how an indicator's score changed, by whom, when and why.")
    TrailPage assessmentTrail(@PathVariable String assessmentId,
                              @Parameter(description = "指标编码 / indicator code, e.g. 1.2.2") @RequestParam(required = false) String indicator,
                              @Parameter(description = "操作人用户ID / the acting user's id") @RequestParam(required = false) String actor,
                              @Parameter(description = "变动类型，可重复 / kind of change, repeatable") @RequestParam(required = false) List<String> kind,
                              @Parameter(description = "起始时间（含），ISO-8601 / from (inclusive)") @RequestParam(required = false) String from,
                              @Parameter(description = "截止时间（不含），ISO-8601 / to (exclusive)") @RequestParam(required = false) String to,
                              @Parameter(description = "仅提交后的变动 / only changes made while a submission was in force") @RequestParam(defaultValue = "false") boolean changedAfterSubmission,
                              @Parameter(description = "截至某一时刻系统所知 / as known at this instant, ISO-8601") @RequestParam(required = false) String asOf,
                              @Parameter(description = "页码，从0开始 / page, from 0") @RequestParam(defaultValue = "0") int page,
                              @Parameter(description = "每页行数 1..500 / rows per page") @RequestParam(defaultValue = "50") int size,
                              @Parameter(description = "newest（默认）或 oldest / newest (default) or oldest first") @RequestParam(defaultValue = "newest") String order,
                              @AuthenticationPrincipal QueryUser reader) {
        AssessmentId id = AssessmentId.of(assessmentId);
        FindAssessmentTrail query = new FindAssessmentTrail(id,
                filter(indicator, actor, kind, from, to, changedAfterSubmission, asOf), paging(page, size, order));
        Optional<TrailPage> found = queryGateway.query(query, ResponseTypes.optionalInstanceOf(TrailPage.class)).join();
        TrailPage trail = found.orElseThrow(() ->
                new QueryProblemException(HttpStatus.NOT_FOUND, ErrorCode.ASSESSMENT_NOT_FOUND.name(), id.value()));
        if (!reader.maySee(trail.unitId())) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.OTHER_UNIT.name(), id.value());
        }
        return trail;
    }

    /** A reader bound to a unit gets its own unit's rows only; the narrowing happens in the query, not after it. */
    @GetMapping("/api/schemes/{schemeId}/trail")
    @Operation(summary = "方案下所有单位的审计轨迹 / The audit trail of every unit under a scheme",
            description = "与单位轨迹相同的筛选条件；提交人和领导只看到本单位。 / Same filters; submitters and leaders see their own unit only.")
    TrailPage schemeTrail(@PathVariable String schemeId,
                          @RequestParam(required = false) String indicator,
                          @RequestParam(required = false) String actor,
                          @RequestParam(required = false) List<String> kind,
                          @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to,
                          @RequestParam(defaultValue = "false") boolean changedAfterSubmission,
                          @RequestParam(required = false) String asOf,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size,
                          @RequestParam(defaultValue = "newest") String order,
                          @AuthenticationPrincipal QueryUser reader) {
        SchemeId scheme = SchemeId.of(schemeId);
        TrailFilter filter = filter(indicator, actor, kind, from, to, changedAfterSubmission, asOf);
        TrailPaging paging = paging(page, size, order);
        if (reader.boundToUnit() && reader.unitId() == null) {
            return new TrailPage(scheme, null, null, page, size, 0, List.of());
        }
        FindSchemeTrail query = new FindSchemeTrail(scheme, reader.boundToUnit() ? reader.unitId() : null, filter, paging);
        return queryGateway.query(query, ResponseTypes.instanceOf(TrailPage.class)).join();
    }

    private static TrailFilter filter(String indicator, String actor, List<String> kinds, String from, String to,
                                      boolean changedAfterSubmission, String asOf) {
        return new TrailFilter(indicator, actor == null || actor.isBlank() ? null : UserId.of(actor), kinds(kinds),
                DateParameter.instant("from", from), DateParameter.instant("to", to), changedAfterSubmission,
                DateParameter.instant("asOf", asOf));
    }

    /** Accepts SCORE_CLAIMED as well as score_claimed; several kinds may come comma-separated or repeated. */
    private static Set<TrailEntryKind> kinds(List<String> kinds) {
        Set<TrailEntryKind> parsed = EnumSet.noneOf(TrailEntryKind.class);
        if (kinds != null) {
            kinds.stream().flatMap(k -> List.of(k.split(",")).stream()).map(String::trim).filter(k -> !k.isEmpty())
                    .forEach(k -> {
                        try {
                            parsed.add(TrailEntryKind.valueOf(k.toUpperCase(Locale.ROOT)));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("unknown kind " + k + "; known: " + List.of(TrailEntryKind.values()));
                        }
                    });
        }
        return parsed;
    }

    private static TrailPaging paging(int page, int size, String order) {
        TrailOrder parsed = switch (order.toLowerCase(Locale.ROOT)) {
            case "newest", "newest_first", "desc" -> TrailOrder.NEWEST_FIRST;
            case "oldest", "oldest_first", "asc" -> TrailOrder.OLDEST_FIRST;
            default -> throw new IllegalArgumentException("order must be newest or oldest, not " + order);
        };
        return new TrailPaging(page, size, parsed);
    }
}
