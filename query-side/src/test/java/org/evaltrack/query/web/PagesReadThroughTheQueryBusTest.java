package org.evaltrack.query.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Page code asks the query handlers through Axon's QueryGateway and never reads a table itself: SQL
 * lives beside the read model it reads, so a table can change without a page knowing. Recognising a
 * database failure by its exception type (SQLException, PersistenceException: answered 503) is not
 * reading and stays allowed.
 */
class PagesReadThroughTheQueryBusTest {

    private static final DescribedPredicate<JavaClass> READS_THE_DATABASE = resideInAnyPackage(
            "org.springframework.jdbc.core..", "jakarta.persistence..", "javax.persistence..", "javax.sql..", "org.hibernate..",
            "java.sql..")
            .and(not(assignableTo(Throwable.class)))
            .as("JdbcTemplate, JdbcClient, NamedParameterJdbcTemplate, EntityManager, DataSource or java.sql");

    static final ArchRule PAGES_READ_THROUGH_THE_QUERY_BUS = noClasses()
            .that().resideInAPackage("org.evaltrack.query.web..")
            .should().dependOnClassesThat(READS_THE_DATABASE)
            .because("pages send queries through the QueryGateway; the read model's own query handler reads its tables");

    @Test
    void noPageCodeReadsTheDatabase() {
        JavaClasses querySide = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.evaltrack.query");
        PAGES_READ_THROUGH_THE_QUERY_BUS.check(querySide);
    }

    @Test
    void aPageThatReadsATableIsCaught() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsATable.class);
        assertThat(PAGES_READ_THROUGH_THE_QUERY_BUS.evaluate(offender).hasViolation()).isTrue();
    }

    /** What HomeDirectory, PageDirectory, SetupDirectory and ReviewQueue did before: SQL in page code. */
    static class ReadsATable {
        private final JdbcTemplate jdbc;

        ReadsATable(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        java.util.List<String> schemes() {
            return jdbc.queryForList("select scheme_id from totals_scheme", String.class);
        }
    }
}
