package org.evaltrack.query.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evaltrack.kernel.query.totals.RankingColumn;
import org.evaltrack.kernel.query.totals.RankingRow;
import org.evaltrack.kernel.query.totals.RankingView;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.query.web.drilldown.CategoryLight;
import org.evaltrack.query.web.unit.ScoreLight;
import org.evaltrack.query.web.unit.ScorecardSheet;

/**
 * The unit × category score-rate heat map: per ranked unit and category the subtotal against the budget, its
 * rate and light ({@link CategoryLight}), each cell leading to that unit's category in the drill-down.
 */
record HeatMap(List<RankingColumn> columns, List<HeatRow> rows) {

    /** @param claimed per assessment id, the codes of the categories with at least one claim */
    static HeatMap of(RankingView ranking, Map<String, Set<String>> claimed) {
        List<HeatRow> rows = new ArrayList<>();
        for (RankingRow row : ranking.rows()) {
            String assessment = row.assessmentId().value();
            List<HeatCell> cells = new ArrayList<>();
            for (RankingColumn column : ranking.categories()) {
                Score subtotal = row.categorySubtotals().get(column.categoryCode());
                boolean anyClaim = claimed.getOrDefault(assessment, Set.of()).contains(column.categoryCode());
                cells.add(new HeatCell(column.categoryCode(), column.name(), ScorecardSheet.shown(subtotal), ScorecardSheet.shown(column.budget()),
                        CategoryLight.percentShown(subtotal, column.budget(), anyClaim),
                        CategoryLight.of(subtotal, column.budget(), anyClaim),
                        "/assessments/" + assessment + "/scores?open=" + column.categoryCode() + "#category-" + column.categoryCode()));
            }
            rows.add(new HeatRow(row.unitName(), "/assessments/" + assessment + "/scores", row.vetoed(), cells));
        }
        return new HeatMap(ranking.categories(), rows);
    }

    /** The thresholds for the legend (their one source is {@link ScoreLight}). */
    public ScoreLight legend() {
        return ScoreLight.GREEN;
    }

    record HeatRow(String unitName, String href, boolean vetoed, List<HeatCell> cells) {
    }

    record HeatCell(String categoryCode, String categoryName, String subtotal, String budget, String percent, ScoreLight light,
                    String href) {
    }
}
