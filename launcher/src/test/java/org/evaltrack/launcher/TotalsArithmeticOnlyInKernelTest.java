package org.evaltrack.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.evaltrack.kernel.score.Score;

/** The bonus cap, the step every copy of the totals arithmetic repeated, is applied in the kernel's TotalsArithmetic only. */
@AnalyzeClasses(packages = "org.evaltrack", importOptions = ImportOption.DoNotIncludeTests.class)
class TotalsArithmeticOnlyInKernelTest {

    @ArchTest
    static final ArchRule onlyTheKernelCapsABonus = noClasses()
            .that().resideOutsideOfPackage("org.evaltrack.kernel.totals..")
            .should().callMethod(Score.class, "min", Score.class)
            .because("totals are computed once, by org.evaltrack.kernel.totals.TotalsArithmetic (docs/totals-read-model.md)");
}
