package org.evaltrack.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.benchmarks.generator.GeneratedAssessment;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.FindAssessmentTotals;

/**
 * Readers asking for totals while a rebuild runs, each answer compared with the same assessment's totals
 * before the rebuild (no event is appended meanwhile, so they must be equal): an error, an empty answer or
 * a different one counts against the rebuild's promise that the live read models keep answering in full.
 */
final class ReadsDuringRebuild implements AutoCloseable {

    /** What a reader sees of a totals answer; the instant it was asked is left out. */
    private record Seen(Object indicators, Object categories, Object total, Object bonus, Object status, Object vetoes) {
        static Seen of(AssessmentTotalsView view) {
            return new Seen(view.indicators(), view.categories(), view.total(), view.bonus(), view.status(), view.vetoes());
        }
    }

    private final QueryGateway queries;
    private final Map<String, Seen> before = new HashMap<>();
    private final List<String> ids;
    private final AtomicLong answers = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong empty = new AtomicLong();
    private final AtomicLong different = new AtomicLong();
    private final List<Thread> readers;
    private volatile boolean running = true;

    ReadsDuringRebuild(QueryGateway queries, List<GeneratedAssessment> assessments, int clients) {
        this.queries = queries;
        for (GeneratedAssessment a : assessments.subList(0, Math.min(200, assessments.size()))) {
            ask(a.assessmentId()).ifPresent(view -> before.put(a.assessmentId(), Seen.of(view)));
        }
        this.ids = List.copyOf(before.keySet());
        this.readers = java.util.stream.IntStream.range(0, clients).mapToObj(i -> {
            Thread reader = new Thread(this::read, "reader-during-rebuild-" + i);
            reader.setDaemon(true);
            reader.start();
            return reader;
        }).toList();
    }

    private Optional<AssessmentTotalsView> ask(String id) {
        return queries.query(new FindAssessmentTotals(AssessmentId.of(id), null),
                ResponseTypes.optionalInstanceOf(AssessmentTotalsView.class)).join();
    }

    private void read() {
        while (running) {
            String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
            try {
                Optional<AssessmentTotalsView> answer = ask(id);
                answers.incrementAndGet();
                if (answer.isEmpty()) {
                    empty.incrementAndGet();
                } else if (!Seen.of(answer.get()).equals(before.get(id))) {
                    different.incrementAndGet();
                }
            } catch (RuntimeException failed) {
                errors.incrementAndGet();
            }
        }
    }

    /** Answers, errors, empty and different answers, in that order. */
    long[] counts() {
        return new long[] {answers.get(), errors.get(), empty.get(), different.get()};
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread reader : readers) {
            reader.join();
        }
    }
}
