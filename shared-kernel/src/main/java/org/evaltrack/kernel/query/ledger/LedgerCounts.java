package org.evaltrack.kernel.query.ledger;

/**
 * How many tasks a ledger view holds, by state.
 *
 * @param open    tasks not closed out (including overdue ones)
 * @param closed  tasks closed out
 * @param overdue open tasks past their due date (red)
 * @param dueSoon open tasks due within three days (yellow)
 */
public record LedgerCounts(
        int open,
        int closed,
        int overdue,
        int dueSoon) {
}
