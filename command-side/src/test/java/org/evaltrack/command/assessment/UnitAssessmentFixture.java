package org.evaltrack.command.assessment;

import static org.evaltrack.command.domain.Refusals.hasCode;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.command.fakes.InMemoryAssessmentRegistry;
import org.evaltrack.command.fakes.InMemorySchemeRulebook;
import org.evaltrack.command.fakes.InMemoryTaskDirectory;
import org.evaltrack.command.fakes.InMemoryUnitDirectory;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.junit.jupiter.api.BeforeEach;

/** A fixture with every lookup the assessment's handlers take, as in-memory fakes, and a published scheme. */
abstract class UnitAssessmentFixture {

    protected AggregateTestFixture<UnitAssessment> fixture;
    protected InMemorySchemeRulebook rulebook;
    protected InMemoryUnitDirectory units;
    protected InMemoryAssessmentRegistry registry;
    protected InMemoryTaskDirectory tasks;

    @BeforeEach
    void setUpFixture() {
        rulebook = new InMemorySchemeRulebook()
                .put(AssessmentExamples.rules(SchemeRules.SchemeStatus.PUBLISHED, AssessmentExamples.AHEAD));
        units = new InMemoryUnitDirectory().add(AssessmentExamples.DONGSHAN).add(AssessmentExamples.HUANGSANG);
        registry = new InMemoryAssessmentRegistry();
        tasks = new InMemoryTaskDirectory();
        fixture = new AggregateTestFixture<>(UnitAssessment.class);
        fixture.registerInjectableResource(rulebook);
        fixture.registerInjectableResource(units);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(tasks);
        fixture.registerInjectableResource(FixedClock.CLOCK);
    }

    protected void deadlinesHavePassed() {
        rulebook.put(AssessmentExamples.rules(SchemeRules.SchemeStatus.PUBLISHED, AssessmentExamples.PASSED));
    }

    protected static void refused(ResultValidator<UnitAssessment> result, ErrorCode code) {
        result.expectNoEvents().expectException(DomainException.class).expectException(hasCode(code));
    }
}
