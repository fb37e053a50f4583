package io.serviceops.complaint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.serviceops.complaint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDoesNotDependOnTheWebLayer = noClasses()
            .that().resideInAnyPackage("io.serviceops.complaint.complaint", "io.serviceops.complaint.sla",
                    "io.serviceops.complaint.types", "io.serviceops.complaint.escalation", "io.serviceops.complaint.followup")
            .should().dependOnClassesThat().resideInAnyPackage("..web..");

    @ArchTest
    static final ArchRule deadlineMathsKnowsNothingOfComplaints = noClasses()
            .that().resideInAPackage("io.serviceops.complaint.sla")
            .should().dependOnClassesThat().resideInAPackage("io.serviceops.complaint.complaint..");

    @ArchTest
    static final ArchRule domainEventsLeaveOnlyThroughTheOutbox = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate");
}
