package org.evaltrack.query.totals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.FindScorecard;
import org.evaltrack.kernel.query.FindScorecardsOfScheme;
import org.evaltrack.kernel.query.ScorecardView;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.QueryProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Scorecards over HTTP, answered from the totals model. Submitters and leaders read their own unit only; reviewers and admins read all. */
@RestController
@Tag(name = "评分表 / Scorecards")
class ScorecardController {

    private final QueryGateway queryGateway;

    ScorecardController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/assessments/{assessmentId}/scorecard")
    @Operation(summary = "单位考核的评分表 / The scorecard of one unit's assessment")
    ScorecardView scorecard(@PathVariable String assessmentId, @AuthenticationPrincipal QueryUser reader) {
        AssessmentId id = AssessmentId.of(assessmentId);
        Optional<ScorecardView> found = queryGateway
                .query(new FindScorecard(id), ResponseTypes.optionalInstanceOf(ScorecardView.class))
                .join();
        ScorecardView view = found.orElseThrow(() ->
                new QueryProblemException(HttpStatus.NOT_FOUND, ErrorCode.ASSESSMENT_NOT_FOUND.name(), id.value()));
        if (!reader.maySee(view.unitId())) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.OTHER_UNIT.name(), id.value());
        }
        return view;
    }

    /** A reader bound to a unit gets its own unit's scorecard only; the narrowing happens in the query, not after it. */
    @GetMapping("/api/schemes/{schemeId}/scorecards")
    @Operation(summary = "方案下全部单位的评分表 / The scorecards of every unit under a scheme")
    List<ScorecardView> scorecardsOfScheme(@PathVariable String schemeId, @AuthenticationPrincipal QueryUser reader) {
        FindScorecardsOfScheme query = new FindScorecardsOfScheme(SchemeId.of(schemeId),
                reader.boundToUnit() ? reader.unitId() : null);
        if (reader.boundToUnit() && reader.unitId() == null) {
            return List.of();
        }
        return queryGateway.query(query, ResponseTypes.multipleInstancesOf(ScorecardView.class)).join();
    }
}
