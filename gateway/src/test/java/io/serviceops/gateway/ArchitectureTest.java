package io.serviceops.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "io.serviceops.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The gateway holds no business code: it knows neither the services' classes nor their events. */
    @ArchTest
    static final ArchRule knowsNothingOfTheServices = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.serviceops.events..", "io.serviceops.eventing..", "io.serviceops.complaint..",
                    "io.serviceops.feedback..", "io.serviceops.kpi..", "io.serviceops.training..");

    /** Cross-cutting pieces stay independent of each other; only the problem writer is shared. */
    @ArchTest
    static final ArchRule featuresShareOnlyTheProblemWriter = noClasses()
            .that().resideInAnyPackage("..ratelimit..", "..resilience..", "..apidocs..", "..requestid..")
            .should().dependOnClassesThat().resideInAnyPackage("..gateway.security..", "..gateway.devissuer..");
}
