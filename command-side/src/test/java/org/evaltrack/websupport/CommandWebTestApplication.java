package org.evaltrack.websupport;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.evaltrack.command.account.AccountController;
import org.evaltrack.command.api.AccessBeforeBodyConfig;
import org.evaltrack.command.api.AccessGuard;
import org.evaltrack.command.account.AccountPasswords;
import org.evaltrack.command.account.AccountService;
import org.evaltrack.command.account.AccountStore;
import org.evaltrack.command.lookup.JdbcAssessmentRegistry;
import org.evaltrack.command.lookup.JdbcSchemeRulebook;
import org.evaltrack.command.lookup.JdbcTaskDirectory;
import org.evaltrack.command.lookup.JdbcUnitDirectory;
import org.evaltrack.command.lookup.LookupTableUpdater;
import org.evaltrack.command.security.CommandMetaDataConfig;
import org.evaltrack.command.security.CommandSecurityConfig;
import org.evaltrack.command.token.PersonalTokenController;
import org.evaltrack.command.token.PersonalTokens;
import org.evaltrack.command.security.ExpectedVersionTargetResolver;
import org.evaltrack.command.security.SecurityContextActorProvider;
import org.evaltrack.command.security.ActorProbeController;
import org.evaltrack.command.web.CommandProblemAdvice;
import org.evaltrack.command.web.ErrorMessagesConfig;
import org.evaltrack.command.web.ProblemFactory;
import org.evaltrack.command.web.ProblemProbeController;
import org.evaltrack.command.web.UnroutedRequestAdvice;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Boots exactly this branch's command-side pieces, listed rather than scanned so that other
 * packages' beans (aggregates, controllers, the real application class) stay out. It sits outside
 * org.evaltrack.command so that the application's own component scan never picks it up.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({
        AccountController.class, AccountPasswords.class, AccountService.class, AccountStore.class,
        CommandSecurityConfig.class, CommandMetaDataConfig.class, SecurityContextActorProvider.class,
        ExpectedVersionTargetResolver.class,
        ErrorMessagesConfig.class, ProblemFactory.class, CommandProblemAdvice.class, UnroutedRequestAdvice.class,
        CommandLookupsProcessingConfig.class, LookupTableUpdater.class, JdbcSchemeRulebook.class, JdbcUnitDirectory.class,
        JdbcAssessmentRegistry.class, JdbcTaskDirectory.class,
        PersonalTokens.class, PersonalTokenController.class, AccessGuard.class, AccessBeforeBodyConfig.class,
        ProbeAggregate.class, ProblemProbeController.class, ActorProbeController.class})
public class CommandWebTestApplication {

    /** The real event store is infra's; these tests only need events to land somewhere readable. */
    @Bean
    public EventStorageEngine eventStorageEngine() {
        return new InMemoryEventStorageEngine();
    }
}
