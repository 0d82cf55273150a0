package org.evaltrack.command.imports;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.evaltrack.command.api.CommandSender;
import org.evaltrack.kernel.error.DomainException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends an import's commands, one by one through the same command bus as the API, inside one
 * transaction: each command's unit of work joins it, so the events, lookup rows and chain links of
 * every command commit together or not at all. A command the domain still refuses rolls everything
 * back and is reported against the row it came from.
 */
final class CommandBatch {

    /** One command and the row it came from. */
    record Step(String sheet, int row, Object command, Consumer<Object> onAccepted) {

        Step(String sheet, int row, Object command) {
            this(sheet, row, command, result -> { });
        }
    }

    private final CommandSender sender;
    private final TransactionTemplate transaction;

    CommandBatch(CommandSender sender, PlatformTransactionManager transactions) {
        this.sender = sender;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** @throws ImportRejected naming the refused row; nothing of the batch is stored then */
    void run(List<Step> steps) {
        transaction.executeWithoutResult(status -> {
            for (Step step : steps) {
                Object result;
                try {
                    result = sender.send(step.command());
                } catch (RuntimeException failure) {
                    DomainException refusal = domainCause(failure);
                    if (refusal == null) {
                        throw failure;
                    }
                    String details = refusal.details().isEmpty() ? null : String.join("; ", refusal.details());
                    Map<String, String> facts = refusal.facts().isEmpty() ? Map.of() : refusal.facts().get(0);
                    String allowed = facts.containsKey("min") ? facts.get("min") + " ~ " + facts.get("max") : facts.get("allowed");
                    throw new ImportRejected(List.of(new RowProblem(step.sheet(), step.row(), null, null,
                            refusal.code().name(), facts.getOrDefault("given", details), null, facts.get("indicator"),
                            allowed)), refusal.code());
                }
                step.onAccepted().accept(result);
            }
        });
    }

    /** Axon may hand back the handler's exception wrapped; the refusal is whatever DomainException is in the chain. */
    static DomainException domainCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }
}
