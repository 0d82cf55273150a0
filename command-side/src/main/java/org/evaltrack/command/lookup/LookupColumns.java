package org.evaltrack.command.lookup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.evaltrack.kernel.score.Score;

/** Conversions between lookup columns and domain values, kept in one place. */
final class LookupColumns {

    private LookupColumns() {
    }

    static BigDecimal points(Score score) {
        return score == null ? null : score.value();
    }

    static Score score(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : new Score(value);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
