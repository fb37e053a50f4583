package io.serviceops.training;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.serviceops.training", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The domain (aggregates, services, schedules) knows nothing of HTTP. */
    @ArchTest
    static final ArchRule domainDoesNotDependOnWeb = noClasses().that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("..web..")
            .orShould().dependOnClassesThat().resideInAPackage("org.springframework.web..");

    /** Recurrence expansion is pure: no Spring, no store, so it is tested without a context. */
    @ArchTest
    static final ArchRule recurrenceIsPure = noClasses().that().resideInAPackage("..training.schedule..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "..training.session..",
                    "..training.programme..");
}
