package org.evaltrack.kernel.score;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import org.evaltrack.kernel.limit.NumberLimit;
import org.evaltrack.kernel.limit.TextRule;

/**
 * Points, always with exactly two decimals. Anything finer is refused rather than rounded:
 * a score the unit typed must be the score that is stored.
 */
public record Score(@JsonValue BigDecimal value) implements Comparable<Score> {

    public static final int SCALE = 2;
    /** Far above any real scheme; keeps absurd inputs such as 1e309 out of the store. */
    public static final BigDecimal LIMIT = new BigDecimal("100000");
    public static final Score ZERO = new Score(BigDecimal.ZERO);

    public Score {
        Objects.requireNonNull(value, "score");
        // messages quote an excerpt only: 1e999999999 written out in full would exhaust the heap
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidScoreException("at most " + SCALE + " decimals: " + NumberLimit.excerpt(value));
        }
        if (value.abs().compareTo(LIMIT) > 0) {
            throw new InvalidScoreException("out of range: " + NumberLimit.excerpt(value));
        }
        value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    @JsonCreator
    public static Score of(BigDecimal value) {
        return new Score(value);
    }

    public static Score of(String value) {
        try {
            return new Score(new BigDecimal(value));
        } catch (NumberFormatException e) {
            throw new InvalidScoreException("not a number: " + TextRule.excerpt(value));
        }
    }

    public static Score sum(Collection<Score> scores) {
        return scores.stream().reduce(ZERO, Score::plus);
    }

    public Score plus(Score other) {
        return new Score(value.add(other.value));
    }

    public Score minus(Score other) {
        return new Score(value.subtract(other.value));
    }

    public Score min(Score other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isBetween(Score lowInclusive, Score highInclusive) {
        return compareTo(lowInclusive) >= 0 && compareTo(highInclusive) <= 0;
    }

    @Override
    public int compareTo(Score other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
