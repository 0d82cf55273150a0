package org.evaltrack.command.unit;

import static org.evaltrack.command.domain.Refusals.hasCode;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.evaltrack.command.domain.Actors;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.unit.RegisterUnit;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitKind;
import org.evaltrack.kernel.unit.UnitRegistered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessedUnitTest {

    private static final UnitId DONGSHAN = UnitId.of("dongshan");

    private AggregateTestFixture<AssessedUnit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AssessedUnit.class);
    }

    @Test
    void adminRegistersATownship() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(DONGSHAN, "东山侗族乡", UnitKind.TOWNSHIP), Actors.admin())
                .expectEvents(new UnitRegistered(DONGSHAN, "东山侗族乡", UnitKind.TOWNSHIP));
    }

    @Test
    void submitterMayNotRegisterAUnit() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(DONGSHAN, "东山侗族乡", UnitKind.TOWNSHIP), Actors.submitter(DONGSHAN))
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectException(hasCode(ErrorCode.ROLE_NOT_ALLOWED));
    }

    @Test
    void blankNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(DONGSHAN, " ", UnitKind.TOWNSHIP), Actors.admin())
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void unitWithoutAKindIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUnit(DONGSHAN, "东山侗族乡", null), Actors.admin())
                .expectNoEvents()
                .expectException(DomainException.class)
                .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
    }
}
