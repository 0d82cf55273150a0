package org.evaltrack.kernel.query.catalog;

import java.util.List;

import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;

/**
 * A scheme as the office defined it: sections, their categories with the current budget, and each
 * category's indicators with the current maximum, floor and scoring mode, all in scheme order; {@code bonusCap}
 * null when the scheme sets no cap.
 */
public record SchemeTree(String schemeId, int year, String title, SchemeState state, Score bonusCap, List<Section> sections) {
    public SchemeTree {
        sections = List.copyOf(sections);
    }

    /** A section (a {@code Section} name) and its categories. */
    public record Section(String section, List<Category> categories) {
        public Section {
            categories = List.copyOf(categories);
        }
    }

    public record Category(String categoryCode, String name, Score budget, List<Indicator> indicators) {
        public Category {
            indicators = List.copyOf(indicators);
        }
    }

    /** @param floor the lowest score the indicator may count; null when it has none */
    public record Indicator(String indicatorCode, String name, ScoringMode scoringMode, Score maxPoints, Score floor) {
    }
}
