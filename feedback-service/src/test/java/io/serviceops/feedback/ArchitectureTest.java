package io.serviceops.feedback;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.serviceops.testsupport.ServiceArchitecture;

@AnalyzeClasses(packages = "io.serviceops.feedback", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests shared = ArchTests.in(ServiceArchitecture.class);

    /** Shared building blocks must not reach back into the features built on them. */
    @ArchTest
    static final ArchRule supportDependsOnNoFeature = noClasses()
            .that().resideInAPackage("..feedback.support..")
            .should().dependOnClassesThat().resideInAnyPackage("..feedback.survey..", "..feedback.intake..",
                    "..feedback.invitation..", "..feedback.analytics..", "..feedback.improvement..",
                    "..feedback.topic..");
}
