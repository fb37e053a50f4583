package io.serviceops.training;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.serviceops.testsupport.ServiceArchitecture;

@AnalyzeClasses(packages = "io.serviceops.training", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests shared = ArchTests.in(ServiceArchitecture.class);

    /** Recurrence expansion is pure: no Spring, no store, so it is tested without a context. */
    @ArchTest
    static final ArchRule recurrenceIsPure = noClasses().that().resideInAPackage("..training.schedule..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "..training.session..",
                    "..training.programme..");
}
