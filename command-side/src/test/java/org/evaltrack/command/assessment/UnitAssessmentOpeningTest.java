package org.evaltrack.command.assessment;

import static org.evaltrack.command.assessment.AssessmentExamples.ASSESSMENT;
import static org.evaltrack.command.assessment.AssessmentExamples.DONGSHAN;
import static org.evaltrack.command.assessment.AssessmentExamples.OPENED;
import static org.evaltrack.command.assessment.AssessmentExamples.OTHER_ASSESSMENT;
import static org.evaltrack.command.assessment.AssessmentExamples.SCHEME;

import org.evaltrack.command.domain.Actors;
import org.evaltrack.kernel.assessment.OpenAssessment;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;
import org.junit.jupiter.api.Test;

class UnitAssessmentOpeningTest extends UnitAssessmentFixture {

    private static final OpenAssessment OPEN = new OpenAssessment(ASSESSMENT, SCHEME, DONGSHAN);

    @Test
    void adminOpensAnAssessmentUnderAPublishedScheme() {
        fixture.givenNoPriorActivity()
                .when(OPEN, Actors.admin())
                .expectEvents(OPENED);
    }

    @Test
    void submitterMayNotOpenAnAssessment() {
        refused(fixture.givenNoPriorActivity().when(OPEN, Actors.submitter(DONGSHAN)), ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void draftSchemeTakesNoAssessments() {
        rulebook.put(AssessmentExamples.rules(SchemeRules.SchemeStatus.DRAFT, AssessmentExamples.AHEAD));
        refused(fixture.givenNoPriorActivity().when(OPEN, Actors.admin()), ErrorCode.SCHEME_NOT_PUBLISHED);
    }

    @Test
    void closedSchemeTakesNoAssessments() {
        rulebook.put(AssessmentExamples.rules(SchemeRules.SchemeStatus.CLOSED, AssessmentExamples.AHEAD));
        refused(fixture.givenNoPriorActivity().when(OPEN, Actors.admin()), ErrorCode.SCHEME_CLOSED);
    }

    @Test
    void unknownSchemeIsReportedByTheRulebook() {
        refused(fixture.givenNoPriorActivity()
                        .when(new OpenAssessment(ASSESSMENT, SchemeId.of("nope"), DONGSHAN), Actors.admin()),
                ErrorCode.SCHEME_NOT_FOUND);
    }

    @Test
    void unregisteredUnitIsNotAssessed() {
        refused(fixture.givenNoPriorActivity()
                        .when(new OpenAssessment(ASSESSMENT, SCHEME, UnitId.of("atlantis")), Actors.admin()),
                ErrorCode.UNIT_NOT_FOUND);
    }

    @Test
    void unitHasOneAssessmentPerScheme() {
        registry.add(OTHER_ASSESSMENT, SCHEME, DONGSHAN);
        refused(fixture.givenNoPriorActivity().when(OPEN, Actors.admin()), ErrorCode.ASSESSMENT_EXISTS);
    }
}
