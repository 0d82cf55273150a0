package org.evaltrack.query.totals;

import java.time.Instant;
import org.evaltrack.query.web.DateParameter;
import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.FindAssessmentTotals;
import org.evaltrack.kernel.query.totals.FindSchemeRanking;
import org.evaltrack.kernel.query.totals.FindScoreProvenance;
import org.evaltrack.kernel.query.totals.ProvenanceView;
import org.evaltrack.kernel.query.totals.RankingView;
import org.evaltrack.kernel.query.totals.ScorePart;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.QueryProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Totals, ranking and score provenance over HTTP, now or {@code asOf} an ISO-8601 instant.
 * Submitters and leaders read their own unit only (the ranking is narrowed to their row, which
 * keeps its rank among all units); reviewers and admins read everything.
 */
@RestController
@Tag(name = "得分汇总 / Totals", description = "得分汇总、排名、得分反查（可按任一时点查询） / Totals, ranking, score provenance, as of any instant")
class TotalsController {

    private static final String AS_OF = "ISO-8601 时点，如 2020-01-10T15:59:59Z；缺省为当前 / ISO-8601 instant; default now";

    private final QueryGateway queryGateway;

    TotalsController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/assessments/{assessmentId}/totals")
    @Operation(summary = "考核得分汇总（指标、类别小计、基础分、加分、总分、一票否决、申报数） / An assessment's totals: indicators, category subtotals, base, capped bonus, total, veto, declared figures")
    AssessmentTotalsView totals(@PathVariable String assessmentId,
                                @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                @AuthenticationPrincipal QueryUser reader) {
        AssessmentId id = AssessmentId.of(assessmentId);
        Optional<AssessmentTotalsView> found = queryGateway
                .query(new FindAssessmentTotals(id, DateParameter.instant("asOf", asOf)), ResponseTypes.optionalInstanceOf(AssessmentTotalsView.class))
                .join();
        AssessmentTotalsView view = found.orElseThrow(() -> notFound(id));
        if (!reader.maySee(view.unitId())) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.OTHER_UNIT.name(), id.value());
        }
        return view;
    }

    @GetMapping("/api/assessments/{assessmentId}/totals/provenance")
    @Operation(summary = "得分反查：总分、基础分、加分、类别小计或指标得分背后的事件 / Score provenance: the events behind the total, base, bonus, a category subtotal or an indicator")
    ProvenanceView provenance(@PathVariable String assessmentId,
                              @Parameter(description = "类别编码 / category code") @RequestParam(required = false) String category,
                              @Parameter(description = "指标编码 / indicator code") @RequestParam(required = false) String indicator,
                              @Parameter(description = "base | bonus | total（缺省 total）/ default total") @RequestParam(required = false) String part,
                              @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                              @AuthenticationPrincipal QueryUser reader) {
        AssessmentId id = AssessmentId.of(assessmentId);
        FindScoreProvenance query = provenanceQuery(id, category, indicator, part, DateParameter.instant("asOf", asOf));
        Optional<ProvenanceView> found = queryGateway
                .query(query, ResponseTypes.optionalInstanceOf(ProvenanceView.class))
                .join();
        ProvenanceView view = found.orElseThrow(() -> notFound(id));
        if (!reader.maySee(view.unitId())) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.OTHER_UNIT.name(), id.value());
        }
        if (!view.targetFound()) {
            ErrorCode code = query.part() == ScorePart.CATEGORY ? ErrorCode.CATEGORY_NOT_FOUND : ErrorCode.INDICATOR_NOT_FOUND;
            throw new QueryProblemException(HttpStatus.NOT_FOUND, code.name(), query.code());
        }
        return view;
    }

    @GetMapping("/api/schemes/{schemeId}/ranking")
    @Operation(summary = "方案下各单位按总分排名（一票否决单位列末位、不排名），含类别小计列 / Ranking of a scheme's units by total, vetoed units last and unranked, with category columns")
    RankingView ranking(@PathVariable String schemeId,
                        @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                        @AuthenticationPrincipal QueryUser reader) {
        SchemeId id = SchemeId.of(schemeId);
        if (reader.boundToUnit() && reader.unitId() == null) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN.name());
        }
        FindSchemeRanking query = new FindSchemeRanking(id, DateParameter.instant("asOf", asOf), reader.boundToUnit() ? reader.unitId() : null);
        Optional<RankingView> found = queryGateway
                .query(query, ResponseTypes.optionalInstanceOf(RankingView.class))
                .join();
        return found.orElseThrow(() -> new QueryProblemException(HttpStatus.NOT_FOUND, ErrorCode.SCHEME_NOT_FOUND.name(), id.value()));
    }

    /** At most one target; none means the total. */
    private static FindScoreProvenance provenanceQuery(AssessmentId id, String category, String indicator, String part, Instant asOf) {
        int targets = (category == null ? 0 : 1) + (indicator == null ? 0 : 1) + (part == null ? 0 : 1);
        if (targets > 1) {
            throw new IllegalArgumentException("give at most one of category, indicator, part");
        }
        if (category != null) {
            return new FindScoreProvenance(id, ScorePart.CATEGORY, category, asOf);
        }
        if (indicator != null) {
            return new FindScoreProvenance(id, ScorePart.INDICATOR, indicator, asOf);
        }
        ScorePart scorePart = part == null ? ScorePart.TOTAL : switch (part.toLowerCase(Locale.ROOT)) {
            case "base" -> ScorePart.BASE;
            case "bonus" -> ScorePart.BONUS;
            case "total" -> ScorePart.TOTAL;
            default -> throw new IllegalArgumentException("part must be base, bonus or total: " + part);
        };
        return new FindScoreProvenance(id, scorePart, null, asOf);
    }

    private static QueryProblemException notFound(AssessmentId id) {
        return new QueryProblemException(HttpStatus.NOT_FOUND, ErrorCode.ASSESSMENT_NOT_FOUND.name(), id.value());
    }
}
