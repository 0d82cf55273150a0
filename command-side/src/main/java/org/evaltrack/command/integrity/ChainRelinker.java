package org.evaltrack.command.integrity;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rehashes an aggregate's chain under {@link ChainHash#CURRENT_RULE}, after checking every link by the
 * rule it was written with: a chain that is already broken is left exactly as it is, so relinking can
 * never turn a forged history into an intact one.
 */
@Component
public class ChainRelinker {

    /** What became of one aggregate's chain. */
    public record Outcome(String aggregateId, int linksRehashed, IntegrityReport.ChainBreak refusedAt) {
        public boolean refused() {
            return refusedAt != null;
        }
    }

    private final StoredEvents store;
    private final TransactionTemplate transaction;

    public ChainRelinker(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.store = new StoredEvents(jdbc);
        this.transaction = new TransactionTemplate(transactions);
    }

    public Outcome relink(String aggregateId) {
        return transaction.execute(status -> {
            Map<Long, StoredEvents.Link> links = lockEveryLink(aggregateId);
            List<StoredEvents.Row> rows = store.rows(aggregateId);
            IntegrityReport.ChainBreak broken = IntegrityVerifier.firstBreak(rows, links);
            if (broken != null) {
                return new Outcome(aggregateId, 0, broken);
            }
            int rehashed = 0;
            String previous = ChainHash.GENESIS;
            for (StoredEvents.Row row : rows) {
                StoredEvents.Link link = links.get(row.sequenceNumber());
                String hash = ChainHash.of(ChainHash.CURRENT_RULE, row, previous);
                if (link.rule() != ChainHash.CURRENT_RULE || !hash.equals(link.hash()) || !previous.equals(link.previousHash())) {
                    store.update(aggregateId, row.sequenceNumber(), hash, previous, ChainHash.CURRENT_RULE);
                    rehashed++;
                }
                previous = hash;
            }
            return new Outcome(aggregateId, rehashed, null);
        });
    }

    /**
     * Locks the chain's links, again until no link was added meanwhile. A command linking its event
     * locks the newest link first (EventChainRecorder), so it either committed before this (and its
     * link is locked here too) or waits until the relink commits and continues from the new hash.
     */
    private Map<Long, StoredEvents.Link> lockEveryLink(String aggregateId) {
        Map<Long, StoredEvents.Link> links = store.linksForUpdate(aggregateId);
        while (true) {
            Map<Long, StoredEvents.Link> again = store.linksForUpdate(aggregateId);
            if (again.keySet().equals(links.keySet())) {
                return again;
            }
            links = again;
        }
    }
}
