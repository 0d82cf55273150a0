package org.evaltrack.command.assessment;

import static org.evaltrack.command.assessment.AssessmentExamples.ASSESSMENT;
import static org.evaltrack.command.assessment.AssessmentExamples.DONGSHAN;
import static org.evaltrack.command.assessment.AssessmentExamples.HUANGSANG;
import static org.evaltrack.command.assessment.AssessmentExamples.OPENED;
import static org.evaltrack.command.assessment.AssessmentExamples.SCHEME;
import static org.evaltrack.command.assessment.AssessmentExamples.submitted;

import org.evaltrack.command.domain.Actors;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.kernel.assessment.AssessmentReopened;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.ReportSectionKind;
import org.evaltrack.kernel.assessment.ReportSectionWritten;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.assessment.WriteReportSection;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

class UnitAssessmentReportSectionTest extends UnitAssessmentFixture {

    private static final String MEASURES = "（一）加强领导。成立专项工作领导小组。";
    private static final ReviewFinalized FINALIZED = new ReviewFinalized(ASSESSMENT, SCHEME, DONGSHAN, Score.of("100"),
            Score.of("5"), Score.of("105"), false, FixedClock.NOW);

    private static WriteReportSection write(ReportSectionKind kind, String text) {
        return new WriteReportSection(ASSESSMENT, kind, text);
    }

    private static ReportSectionWritten written(ReportSectionKind kind, String text, int revision) {
        return new ReportSectionWritten(ASSESSMENT, DONGSHAN, kind, text, revision);
    }

    @Test
    void submitterWritesTheMeasuresSectionOfTheirOwnUnit() {
        fixture.given(OPENED)
                .when(write(ReportSectionKind.MEASURES, MEASURES), Actors.submitter(DONGSHAN))
                .expectEvents(written(ReportSectionKind.MEASURES, MEASURES, 1));
    }

    @Test
    void rewritingASectionCountsItsRevisionsPerKind() {
        fixture.given(OPENED, written(ReportSectionKind.MEASURES, "旧", 1), written(ReportSectionKind.PROBLEMS, "问题", 1),
                        written(ReportSectionKind.MEASURES, "再改", 2))
                .when(write(ReportSectionKind.MEASURES, MEASURES), Actors.submitter(DONGSHAN))
                .expectEvents(written(ReportSectionKind.MEASURES, MEASURES, 3));
    }

    @Test
    void sectionsMayStillBeWrittenAfterSubmission() {
        fixture.given(OPENED, submitted("0", "0"))
                .when(write(ReportSectionKind.PROBLEMS, "人员少"), Actors.submitter(DONGSHAN))
                .expectEvents(written(ReportSectionKind.PROBLEMS, "人员少", 1));
    }

    @Test
    void sectionsMayBeWrittenAgainOnceAFinalisedReviewIsReopened() {
        fixture.given(OPENED, submitted("0", "0"), FINALIZED,
                        new AssessmentReopened(ASSESSMENT, AssessmentStatus.FINALIZED, AssessmentStatus.SUBMITTED, "复核"))
                .when(write(ReportSectionKind.PROBLEMS, "人员少"), Actors.submitter(DONGSHAN))
                .expectEvents(written(ReportSectionKind.PROBLEMS, "人员少", 1));
    }

    @Test
    void aFinalisedAssessmentRefusesSections() {
        refused(fixture.given(OPENED, submitted("0", "0"), FINALIZED)
                .when(write(ReportSectionKind.MEASURES, MEASURES), Actors.submitter(DONGSHAN)), ErrorCode.ASSESSMENT_FINALIZED);
    }

    @Test
    void aSubmitterOfAnotherUnitIsRefused() {
        refused(fixture.given(OPENED).when(write(ReportSectionKind.MEASURES, MEASURES), Actors.submitter(HUANGSANG)),
                ErrorCode.OTHER_UNIT);
    }

    @Test
    void anAdminMayNotWriteTheUnitsWords() {
        refused(fixture.given(OPENED).when(write(ReportSectionKind.MEASURES, MEASURES), Actors.admin()),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void aReviewerMayNotWriteTheUnitsWords() {
        refused(fixture.given(OPENED).when(write(ReportSectionKind.MEASURES, MEASURES), Actors.reviewer()),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void aLeaderMayNotWriteTheUnitsWords() {
        refused(fixture.given(OPENED).when(write(ReportSectionKind.MEASURES, MEASURES), Actors.leader("u-yang")),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void blankTextIsRefused() {
        refused(fixture.given(OPENED).when(write(ReportSectionKind.MEASURES, " \n\t　"), Actors.submitter(DONGSHAN)),
                ErrorCode.REPORT_SECTION_BLANK);
    }

    @Test
    void missingTextIsRefusedAsBlank() {
        refused(fixture.given(OPENED).when(write(ReportSectionKind.PROBLEMS, null), Actors.submitter(DONGSHAN)),
                ErrorCode.REPORT_SECTION_BLANK);
    }

    @Test
    void textAtTheLimitIsAccepted() {
        String longest = "措".repeat(UnitAssessment.REPORT_SECTION_LIMIT);
        fixture.given(OPENED)
                .when(write(ReportSectionKind.MEASURES, longest), Actors.submitter(DONGSHAN))
                .expectEvents(written(ReportSectionKind.MEASURES, longest, 1));
    }

    @Test
    void textOverTheLimitIsRefused() {
        refused(fixture.given(OPENED).when(write(ReportSectionKind.MEASURES, "措".repeat(UnitAssessment.REPORT_SECTION_LIMIT + 1)),
                Actors.submitter(DONGSHAN)), ErrorCode.REPORT_SECTION_TOO_LONG);
    }

    @Test
    void aSectionWithoutKindIsRefused() {
        refused(fixture.given(OPENED).when(write(null, MEASURES), Actors.submitter(DONGSHAN)), ErrorCode.VALIDATION_FAILED);
    }
}
