package org.evaltrack.query.answers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the answer to a query for as long as the projection it reads has not moved. Totals and
 * rankings are computed from many rows at every ask (so that now and any past instant take the
 * same path); most asks come between two changes, from pages and dashboards refreshing. The key
 * is the query itself (a record, equal by value) with the projection's position when it was
 * asked, so an answer computed after a change is never served for an older position and an
 * answer for an older position is never asked for again once the tokens move.
 * <p>
 * Only for answers that depend on nothing but the projection's own tables and the query (not on
 * the clock). Cost of a hit: one indexed read of the projection's token rows.
 */
@Component
public class CurrentAnswers {

    private record Key(String processingGroup, String position, Object query) {
    }

    private final ProjectionPosition positions;
    private final Cache<Key, Object> answers;
    private volatile boolean enabled;

    CurrentAnswers(JdbcTemplate jdbc,
                   @Value("${evaltrack.query.answer-cache.enabled:true}") boolean enabled,
                   @Value("${evaltrack.query.answer-cache.max-entries:20000}") long maxEntries) {
        this.positions = new ProjectionPosition(jdbc);
        this.enabled = enabled;
        this.answers = Caffeine.newBuilder().maximumSize(maxEntries)
                .expireAfterAccess(java.time.Duration.ofMinutes(10)).build();
    }

    /** Off: every ask computes (what the benchmarks use to show the computed cost next to the kept one). */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        answers.invalidateAll();
    }

    /** After the read-model tables were swapped for rebuilt ones: no answer from the old ones is served again. */
    public void forgetAll() {
        answers.invalidateAll();
    }

    /** The answer {@code compute} gives for {@code query}, computed once per position of {@code processingGroup}. */
    @SuppressWarnings("unchecked")
    public <T> T answer(String processingGroup, Object query, Supplier<T> compute) {
        if (!enabled) {
            return compute.get();
        }
        java.util.Optional<String> position = positions.of(processingGroup);
        if (position.isEmpty()) {
            return compute.get();
        }
        return (T) answers.get(new Key(processingGroup, position.get(), query), k -> compute.get());
    }
}
