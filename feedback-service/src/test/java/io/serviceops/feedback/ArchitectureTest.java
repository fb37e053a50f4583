package io.serviceops.feedback;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.serviceops.feedback", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The domain stays usable without HTTP: only web packages know requests, views and controllers. */
    @ArchTest
    static final ArchRule domainDoesNotDependOnTheWebLayer = noClasses()
            .that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("..web..");

    /** Shared building blocks must not reach back into the features built on them. */
    @ArchTest
    static final ArchRule supportDependsOnNoFeature = noClasses()
            .that().resideInAPackage("..feedback.support..")
            .should().dependOnClassesThat().resideInAnyPackage("..feedback.survey..", "..feedback.intake..",
                    "..feedback.invitation..", "..feedback.analytics..", "..feedback.improvement..",
                    "..feedback.topic..");

    /** Domain events leave only through the outbox, never through a Kafka template. */
    @ArchTest
    static final ArchRule noDirectKafkaPublishing = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate");
}
