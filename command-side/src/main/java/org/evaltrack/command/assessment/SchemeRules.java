package org.evaltrack.command.assessment;

import java.util.Map;
import java.util.Optional;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;

/** A snapshot of a scheme's current rules, as seen by an assessment's command handlers. */
public record SchemeRules(
        SchemeId schemeId,
        int year,
        SchemeStatus status,
        Deadlines deadlines,
        Map<String, IndicatorRule> indicators,
        Map<BonusLevel, Score> bonusPoints,
        Score bonusCap,
        Map<String, String> vetoConditions) {

    public SchemeRules {
        indicators = Map.copyOf(indicators);
        bonusPoints = Map.copyOf(bonusPoints);
        vetoConditions = Map.copyOf(vetoConditions);
    }

    public Optional<IndicatorRule> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    public enum SchemeStatus {
        DRAFT,
        PUBLISHED,
        CLOSED
    }
}
