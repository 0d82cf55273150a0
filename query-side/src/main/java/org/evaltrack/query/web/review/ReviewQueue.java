package org.evaltrack.query.web.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.query.totals.FindSchemeRanking;
import org.evaltrack.kernel.query.totals.ListSchemes;
import org.evaltrack.kernel.query.totals.RankingRow;
import org.evaltrack.kernel.query.totals.RankingView;
import org.evaltrack.kernel.query.totals.SchemeChoice;
import org.evaltrack.kernel.query.totals.SchemeChoices;
import org.springframework.stereotype.Component;

/**
 * Every assessment a reviewer may act on, from each scheme's ranking: submitted ones first (they wait
 * for review), then finalised (which may be reopened), then open ones.
 */
@Component
class ReviewQueue {

    private final QueryGateway queries;

    ReviewQueue(QueryGateway queries) {
        this.queries = queries;
    }

    List<RankingRow> assessments() {
        List<RankingRow> rows = new ArrayList<>();
        // which schemes exist: the ranking query answers per scheme
        List<SchemeChoice> schemes = queries.query(new ListSchemes(), ResponseTypes.instanceOf(SchemeChoices.class)).join().schemes();
        for (SchemeChoice scheme : schemes) {
            queries.query(new FindSchemeRanking(scheme.schemeId(), null, null), ResponseTypes.optionalInstanceOf(RankingView.class))
                    .join()
                    .map(RankingView::rows)
                    .ifPresent(rows::addAll);
        }
        rows.sort(Comparator.comparing((RankingRow row) -> order(row.status())).thenComparing(RankingRow::unitName));
        return rows;
    }

    private static int order(AssessmentStatus status) {
        return switch (status) {
            case SUBMITTED -> 0;
            case FINALIZED -> 1;
            case OPEN -> 2;
        };
    }

}
