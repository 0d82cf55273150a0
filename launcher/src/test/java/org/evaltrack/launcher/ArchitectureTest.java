package org.evaltrack.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

/** The module boundaries of ARCHITECTURE.md, checked on the production classes of all modules. */
@AnalyzeClasses(packages = "org.evaltrack", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandSideNeverDependsOnQuerySide = noClasses()
            .that().resideInAPackage("org.evaltrack.command..")
            .should().dependOnClassesThat().resideInAnyPackage("org.evaltrack.query..", "org.evaltrack.launcher..");

    @ArchTest
    static final ArchRule querySideNeverDependsOnCommandSide = noClasses()
            .that().resideInAPackage("org.evaltrack.query..")
            .should().dependOnClassesThat().resideInAnyPackage("org.evaltrack.command..", "org.evaltrack.launcher..");

    @ArchTest
    static final ArchRule sharedKernelDependsOnNeitherSide = noClasses()
            .that().resideInAPackage("org.evaltrack.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.evaltrack.command..", "org.evaltrack.query..", "org.evaltrack.launcher..");

    @ArchTest
    static final ArchRule webSupportDependsOnNeitherSide = noClasses()
            .that().resideInAPackage("org.evaltrack.websupport..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.evaltrack.command..", "org.evaltrack.query..", "org.evaltrack.launcher..");

    @ArchTest
    static final ArchRule sharedKernelUsesNoSpringNorJpa = noClasses()
            .that().resideInAPackage("org.evaltrack.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "javax.persistence..", "org.hibernate..");

    @ArchTest
    static final ArchRule entitiesLiveOnlyInInfrastructurePackages = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().resideInAnyPackage("org.evaltrack.query..", "org.evaltrack.command.lookup..",
                    "org.evaltrack.command.account..", "org.evaltrack.command.config..")
            // holds vacuously until the first entity is written; then it guards every one
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sharedKernelHasNoEntities = noClasses()
            .that().resideInAPackage("org.evaltrack.kernel..")
            .should().beAnnotatedWith(Entity.class);
}
