package org.evaltrack.command.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.evaltrack.command.account.AccountRegistration;
import org.evaltrack.command.directory.AssessmentRegistry;
import org.evaltrack.command.assessment.SchemeRules;
import org.evaltrack.command.assessment.SchemeRulebook;
import org.evaltrack.command.directory.TaskDirectory;
import org.evaltrack.command.directory.UnitDirectory;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo case once the application is ready, when {@code evaltrack.demo.enabled=true}
 * and its scheme is not there yet. The case lives in a data file
 * ({@code evaltrack.demo.data}, default classpath:demo/dongshan-2019.json) and enters through the
 * ordinary commands, so it exists as events like anything a user does.
 */
@Component
@ConditionalOnProperty(name = "evaltrack.demo.enabled", havingValue = "true")
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CommandGateway commandGateway;
    private final AccountRegistration accountRegistration;
    private final ObjectProvider<SchemeRulebook> rulebook;
    private final ObjectProvider<UnitDirectory> units;
    private final ObjectProvider<AssessmentRegistry> assessments;
    private final ObjectProvider<TaskDirectory> tasks;
    private final ObjectProvider<Clock> clock;
    private final Resource dataFile;
    private final int port;
    private final int openForDays;

    DemoDataLoader(CommandGateway commandGateway, AccountRegistration accountRegistration,
                   ObjectProvider<SchemeRulebook> rulebook, ObjectProvider<UnitDirectory> units,
                   ObjectProvider<AssessmentRegistry> assessments, ObjectProvider<TaskDirectory> tasks,
                   ObjectProvider<Clock> clock,
                   @Value("${evaltrack.demo.data:classpath:demo/dongshan-2019.json}") Resource dataFile,
                   @Value("${server.port:8080}") int port,
                   @Value("${evaltrack.demo.open-for-days:30}") int openForDays) {
        this.commandGateway = commandGateway;
        this.accountRegistration = accountRegistration;
        this.rulebook = rulebook;
        this.units = units;
        this.assessments = assessments;
        this.tasks = tasks;
        this.clock = clock;
        this.dataFile = dataFile;
        this.port = port;
        this.openForDays = openForDays;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        DemoData data = DemoDataReader.read(dataFile);
        DemoImportReport report;
        try {
            report = new DemoImporter(commandGateway, accountRegistration, lookups(), clock.getIfUnique(Clock::systemUTC),
                    openForDays)
                    .load(data);
        } catch (RuntimeException e) {
            log.error("Demo data could not be loaded from {}", dataFile.getDescription(), e);
            return;
        }
        log.info(String.join(System.lineSeparator(), banner(data, report)));
    }

    List<String> banner(DemoData data, DemoImportReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("================ Evaltrack demo ================");
        lines.add("Open http://localhost:" + port);
        lines.add(report.wasSkipped()
                ? "Demo data already present (" + report.skipReason() + "); nothing loaded."
                : "Loaded: " + data.scheme().title() + " (" + data.scheme().documentNumber() + ")");
        lines.add("Demo accounts, all with password " + data.password() + ":");
        for (DemoData.Account a : data.accounts()) {
            lines.add(String.format("  %-14s %-9s %s%s", a.username(), a.role(), a.displayName(),
                    a.unitId() == null ? "" : " [" + a.unitId() + "]"));
        }
        if (!report.wasSkipped()) {
            lines.addAll(report.lines());
        }
        lines.add("================================================");
        return lines;
    }

    /** Lookups that are not in the context (yet) answer as if everything were visible. */
    private DemoLookups lookups() {
        return new DemoLookups() {
            @Override
            public boolean schemeExists(SchemeId schemeId) {
                return rules(schemeId) != null;
            }

            @Override
            public boolean schemePublished(SchemeId schemeId) {
                if (rulebook.getIfAvailable() == null) {
                    return true;
                }
                SchemeRules rules = rules(schemeId);
                return rules != null && rules.status() != SchemeRules.SchemeStatus.DRAFT;
            }

            @Override
            public boolean unitExists(UnitId unitId) {
                UnitDirectory directory = units.getIfAvailable();
                return directory == null || directory.exists(unitId);
            }

            @Override
            public boolean assessmentExists(AssessmentId assessmentId) {
                AssessmentRegistry registry = assessments.getIfAvailable();
                return registry == null || registry.unitOf(assessmentId).isPresent();
            }

            @Override
            public boolean taskExists(TaskId taskId) {
                TaskDirectory directory = tasks.getIfAvailable();
                return directory == null || directory.find(taskId).isPresent();
            }

            private SchemeRules rules(SchemeId schemeId) {
                SchemeRulebook book = rulebook.getIfAvailable();
                if (book == null) {
                    return null;
                }
                try {
                    return book.rulesFor(schemeId);
                } catch (DomainException unknown) {
                    return null;
                }
            }
        };
    }
}
