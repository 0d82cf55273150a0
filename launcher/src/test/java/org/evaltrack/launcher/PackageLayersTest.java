package org.evaltrack.launcher;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package layers inside each side (docs/architecture.md, "Packages"). A package not named here is a
 * feature: features may use each other, but no two packages of a side may ever depend on each other in a loop.
 */
@AnalyzeClasses(packages = "org.evaltrack", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageLayersTest {

    private static final String COMMAND = "org.evaltrack.command";
    private static final String QUERY = "org.evaltrack.query";

    @ArchTest
    static final ArchRule commandPackagesFormNoLoop = slices().matching(COMMAND + ".(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule queryPackagesFormNoLoop = slices().matching(QUERY + ".(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commandLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Assembly").definedBy(COMMAND, COMMAND + ".demo..", COMMAND + ".lookup..")
            .layer("Features").definedBy(resideInAPackage(COMMAND + ".*..").and(not(resideInAnyPackage(
                    COMMAND + ".demo..", COMMAND + ".lookup..", COMMAND + ".api..", COMMAND + ".security..",
                    COMMAND + ".account..", COMMAND + ".web..", COMMAND + ".directory..", COMMAND + ".domain..",
                    COMMAND + ".config.."))))
            .layer("Controller support").definedBy(COMMAND + ".api..")
            .layer("Caller").definedBy(COMMAND + ".security..")
            .layer("Accounts").definedBy(COMMAND + ".account..")
            .layer("HTTP").definedBy(COMMAND + ".web..")
            .layer("Foundation").definedBy(COMMAND + ".directory..", COMMAND + ".domain..", COMMAND + ".config..")
            .whereLayer("Assembly").mayNotBeAccessedByAnyLayer()
            .whereLayer("Features").mayOnlyBeAccessedByLayers("Assembly")
            .whereLayer("Controller support").mayOnlyBeAccessedByLayers("Assembly", "Features")
            .whereLayer("Caller").mayOnlyBeAccessedByLayers("Assembly", "Features", "Controller support")
            .whereLayer("Accounts").mayOnlyBeAccessedByLayers("Assembly", "Features", "Controller support", "Caller")
            .whereLayer("HTTP").mayOnlyAccessLayers("Foundation")
            .whereLayer("Foundation").mayNotAccessAnyLayer();

    @ArchTest
    static final ArchRule queryLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Assembly").definedBy(QUERY)
            .layer("Pages").definedBy(resideInAPackage(QUERY + ".web.*..").and(not(resideInAPackage(QUERY + ".web.page.."))))
            .layer("Page support").definedBy(QUERY + ".web.page..")
            .layer("Read models").definedBy(resideInAPackage(QUERY + ".*..").and(not(resideInAnyPackage(
                    QUERY + ".web..", QUERY + ".security..", QUERY + ".config.."))))
            .layer("Caller").definedBy(QUERY + ".security..")
            .layer("HTTP").definedBy(QUERY + ".web")
            .layer("Foundation").definedBy(QUERY + ".config..")
            .whereLayer("Assembly").mayNotBeAccessedByAnyLayer()
            .whereLayer("Pages").mayOnlyBeAccessedByLayers("Assembly")
            .whereLayer("Page support").mayOnlyBeAccessedByLayers("Assembly", "Pages")
            .whereLayer("Read models").mayOnlyBeAccessedByLayers("Assembly", "Pages")
            .whereLayer("Caller").mayOnlyAccessLayers("HTTP", "Foundation")
            .whereLayer("HTTP").mayOnlyAccessLayers("Foundation")
            .whereLayer("Foundation").mayNotAccessAnyLayer();
}
