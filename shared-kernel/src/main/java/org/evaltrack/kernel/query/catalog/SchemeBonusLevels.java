package org.evaltrack.kernel.query.catalog;

import java.util.List;

import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.score.Score;

/** A scheme's bonus rules: each level a unit may claim, the rule's name and the points one item gives. */
public record SchemeBonusLevels(List<Level> levels) {
    public SchemeBonusLevels {
        levels = List.copyOf(levels);
    }

    public record Level(BonusLevel level, String name, Score pointsPerItem) {
    }
}
