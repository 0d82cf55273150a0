package org.evaltrack.query.web.drilldown;

import org.evaltrack.query.web.unit.ScoreLight;
import org.evaltrack.query.web.unit.ScorecardSheet.CategoryBlock;

/** A category of the drill-down: its indicators (from the scorecard's tree), subtotal against budget, rate and light. */
public record CategoryRow(CategoryBlock block, ScoreLight light, String percent) {

    static CategoryRow of(CategoryBlock block) {
        boolean anyClaim = block.indicators().stream().anyMatch(row -> row.scores().claimedScore() != null);
        return new CategoryRow(block, CategoryLight.of(block.category().subtotal(), block.category().budget(), anyClaim),
                CategoryLight.percentShown(block.category().subtotal(), block.category().budget(), anyClaim));
    }

    public String code() {
        return block.category().categoryCode();
    }
}
