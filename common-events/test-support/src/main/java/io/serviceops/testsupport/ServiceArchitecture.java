package io.serviceops.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout rules every service keeps. A service's architecture test includes them with
 * {@code @ArchTest static final ArchTests shared = ArchTests.in(ServiceArchitecture.class);} next to
 * its own rules, analysing {@code io.serviceops.<service>} without tests.
 */
public final class ServiceArchitecture {

    /** Features ({@code io.serviceops.<service>.<feature>..}) may use each other, but never in a circle. */
    @ArchTest
    public static final ArchRule featuresAreFreeOfCycles = slices().matching("io.serviceops.*.(*)..")
            .namingSlices("feature $1").should().beFreeOfCycles();

    /** The domain (aggregates, services, handlers) stays usable without HTTP: only web packages know it. */
    @ArchTest
    public static final ArchRule domainIsFreeOfWeb = noClasses().that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "org.springframework.web..");

    /** Events leave only through the outbox and its relay, never through a Kafka template of a service. */
    @ArchTest
    public static final ArchRule eventsLeaveOnlyThroughTheOutbox = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate");

    private ServiceArchitecture() {
    }
}
