package org.evaltrack.query.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.evaltrack.query.web.page.BeijingTime;
import org.junit.jupiter.api.Test;

/**
 * A time a request carries is read in one of two places, both checked against AcceptedDates:
 * DateParameter (the API's ISO instants) and BeijingTime (the pages' pickers). A controller that parsed
 * one itself would let a far-off year through again.
 */
class DateParsingInOnePlaceTest {

    private final JavaClasses querySide = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.evaltrack.query");

    @Test
    void noOtherQuerySideClassParsesATime() {
        noClasses().that().doNotBelongToAnyOf(DateParameter.class, BeijingTime.class)
                .should().callMethod(Instant.class, "parse", CharSequence.class)
                .orShould().callMethod(OffsetDateTime.class, "parse", CharSequence.class)
                .orShould().callMethod(ZonedDateTime.class, "parse", CharSequence.class)
                .orShould().callMethod(LocalDateTime.class, "parse", CharSequence.class)
                .orShould().callMethod(LocalDate.class, "parse", CharSequence.class)
                .check(querySide);
    }
}
