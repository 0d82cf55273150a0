package org.evaltrack.command.assessment;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.evaltrack.command.config.AggregateCacheConfig.KeptAggregates;
import org.evaltrack.command.config.StoreCheckedCachingRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Assessments take most commands (claims, evidence, review): they are kept between commands. */
@Configuration(proxyBeanMethods = false)
class UnitAssessmentRepositoryConfig {

    @Bean
    Repository<UnitAssessment> unitAssessmentRepository(EventStore eventStore, KeptAggregates kept,
                                                        ParameterResolverFactory parameterResolverFactory,
                                                        HandlerDefinition handlerDefinition) {
        return StoreCheckedCachingRepository.of(UnitAssessment.class, eventStore, kept, parameterResolverFactory, handlerDefinition);
    }
}
