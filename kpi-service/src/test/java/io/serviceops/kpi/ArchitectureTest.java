package io.serviceops.kpi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.serviceops.testsupport.ServiceArchitecture;

@AnalyzeClasses(packages = "io.serviceops.kpi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests shared = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule factsDoNotKnowHowTheyAreScored = noClasses()
            .that().resideInAPackage("..kpi.fact..")
            .should().dependOnClassesThat().resideInAnyPackage("..kpi.template..", "..kpi.scorecard..",
                    "..kpi.alert..", "..kpi.closing..");
}
