package io.serviceops.complaint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.serviceops.testsupport.ServiceArchitecture;

@AnalyzeClasses(packages = "io.serviceops.complaint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests shared = ArchTests.in(ServiceArchitecture.class);

    @ArchTest
    static final ArchRule deadlineMathsKnowsNothingOfComplaints = noClasses()
            .that().resideInAPackage("io.serviceops.complaint.sla")
            .should().dependOnClassesThat().resideInAPackage("io.serviceops.complaint.complaint..");
}
