package org.evaltrack.command.integrity;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The integrity check as a one-off run (docs/integrity.md): start the application with
 * {@code --evaltrack.integrity-check=all} or a comma-separated list of aggregate ids; it verifies
 * each chain and its evidence files, prints one summary per aggregate and exits with
 * {@link #INTACT 0}, {@link #CHAIN_BROKEN 1}, {@link #EVIDENCE_ONLY 2} or {@link #FAILED 3}.
 * <p>
 * Runs as the last application runner and closes the application before it reports ready, so
 * nothing that waits for that (such as loading the demo case) runs. {@code
 * evaltrack.integrity-check-exit=false} closes the application without ending the JVM (tests).
 * <p>
 * {@code --evaltrack.integrity-check=relink} instead rehashes every chain under the current rule
 * ({@link ChainRelinker}); a chain broken under its own rules is named and left alone (exit 1).
 */
@Component
@ConditionalOnProperty(name = "evaltrack.integrity-check")
@Order(Ordered.LOWEST_PRECEDENCE)
class IntegrityCheckCommand implements ApplicationRunner {

    static final int INTACT = 0;
    static final int CHAIN_BROKEN = 1;
    static final int EVIDENCE_ONLY = 2;
    static final int FAILED = 3;

    private static final Logger log = LoggerFactory.getLogger(IntegrityCheckCommand.class);

    /** Every aggregate with an event, and those whose rows are gone but whose links remain (a deleted stream). */
    private static final String ALL_AGGREGATES = "select aggregate_identifier from domain_event_entry where type is not null "
            + "union select aggregate_identifier from event_chain order by 1";

    static final String RELINK = "relink";

    private final IntegrityVerifier verifier;
    private final ChainRelinker relinker;
    private final JdbcTemplate jdbc;
    private final ConfigurableApplicationContext context;
    private final String selection;
    private final boolean exitJvm;
    // the summary is for whoever ran the command, independent of how logging is configured
    private final PrintStream out = System.out;

    IntegrityCheckCommand(IntegrityVerifier verifier, ChainRelinker relinker, JdbcTemplate jdbc,
                          ConfigurableApplicationContext context,
                          @Value("${evaltrack.integrity-check}") String selection,
                          @Value("${evaltrack.integrity-check-exit:true}") boolean exitJvm) {
        this.verifier = verifier;
        this.relinker = relinker;
        this.jdbc = jdbc;
        this.context = context;
        this.selection = selection;
        this.exitJvm = exitJvm;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int code = RELINK.equalsIgnoreCase(selection.trim()) ? relink() : check();
        out.println("integrity-check: exit code " + code);
        SpringApplication.exit(context, () -> code);
        if (exitJvm) {
            System.exit(code);
        }
    }

    private int check() {
        List<String> ids;
        try {
            ids = aggregateIds();
        } catch (RuntimeException e) {
            log.error("Integrity check could not list the aggregates", e);
            return FAILED;
        }
        if (ids.isEmpty()) {
            log.error("Integrity check: no aggregate ids given in evaltrack.integrity-check");
            return FAILED;
        }
        boolean failed = false;
        boolean broken = false;
        boolean evidence = false;
        for (String id : ids) {
            try {
                IntegrityReport report = verifier.verify(id);
                if (report.eventsChecked() == 0 && report.intact()) {
                    log.error("Integrity check: no aggregate {}", id);
                    out.println(id + ": UNKNOWN (no events)");
                    failed = true;
                    continue;
                }
                broken |= !report.intact();
                evidence |= print(report);
            } catch (RuntimeException e) {
                log.error("Integrity check of {} failed", id, e);
                out.println(id + ": ERROR " + e);
                failed = true;
            }
        }
        out.println("integrity-check: " + ids.size() + " aggregate(s) checked");
        if (failed) {
            return FAILED;
        }
        return broken ? CHAIN_BROKEN : evidence ? EVIDENCE_ONLY : INTACT;
    }

    private int relink() {
        List<String> ids;
        try {
            ids = jdbc.queryForList(ALL_AGGREGATES, String.class);
        } catch (RuntimeException e) {
            log.error("Relink could not list the aggregates", e);
            return FAILED;
        }
        boolean failed = false;
        boolean refused = false;
        for (String id : ids) {
            try {
                ChainRelinker.Outcome outcome = relinker.relink(id);
                if (outcome.refused()) {
                    refused = true;
                    IntegrityReport.ChainBreak at = outcome.refusedAt();
                    log.error("Relink: {} NOT relinked, its chain is broken at sequence number {} (event {}): {}", id,
                            at.sequenceNumber(), at.eventId(), at.problem());
                    out.println(id + ": chain BROKEN at sequence number " + at.sequenceNumber() + " (event " + at.eventId()
                            + "): " + at.problem() + ", not relinked");
                } else {
                    log.info("Relink: {} {} link(s) rehashed under rule {}", id, outcome.linksRehashed(), ChainHash.CURRENT_RULE);
                    out.println(id + ": " + outcome.linksRehashed() + " link(s) rehashed under rule " + ChainHash.CURRENT_RULE);
                }
            } catch (RuntimeException e) {
                log.error("Relink of {} failed", id, e);
                out.println(id + ": ERROR " + e);
                failed = true;
            }
        }
        out.println("integrity-check: " + ids.size() + " aggregate(s) relinked or refused");
        return failed ? FAILED : refused ? CHAIN_BROKEN : INTACT;
    }

    private List<String> aggregateIds() {
        if ("all".equalsIgnoreCase(selection.trim())) {
            return jdbc.queryForList(ALL_AGGREGATES, String.class);
        }
        List<String> ids = new ArrayList<>();
        Arrays.stream(selection.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().forEach(ids::add);
        return ids;
    }

    /** @return whether an evidence file of the report is missing or changed */
    private boolean print(IntegrityReport report) {
        String id = report.aggregateId();
        IntegrityReport.ChainBreak firstBreak = report.firstBreak();
        if (firstBreak == null) {
            log.info("Integrity check: {} intact, {} events checked", id, report.eventsChecked());
            out.println(id + ": " + report.eventsChecked() + " events checked, chain intact" + (report.linksUnderOldRule() == 0
                    ? "" : " (" + report.linksUnderOldRule() + " link(s) under the old rule: relink)"));
        } else {
            log.error("Integrity check: {} broken at sequence number {} (event {}): {}, expected hash {}, found {}", id,
                    firstBreak.sequenceNumber(), firstBreak.eventId(), firstBreak.problem(), firstBreak.expectedHash(),
                    firstBreak.foundHash());
            out.println(id + ": " + report.eventsChecked() + " events checked, chain BROKEN at sequence number "
                    + firstBreak.sequenceNumber() + " (event " + firstBreak.eventId() + "): " + firstBreak.problem());
        }
        boolean problems = false;
        for (IntegrityReport.EvidenceCheck check : report.evidence()) {
            if (!check.intact()) {
                problems = true;
                log.error("Integrity check: {} evidence {} (sha256 {}): {}", id, check.evidenceId(), check.sha256(), check.problem());
                out.println(id + ": evidence " + check.evidenceId() + " sha256 " + check.sha256() + ": " + check.problem());
            }
        }
        if (!problems && !report.evidence().isEmpty()) {
            out.println(id + ": " + report.evidence().size() + " evidence file(s) match");
        }
        return problems;
    }
}
