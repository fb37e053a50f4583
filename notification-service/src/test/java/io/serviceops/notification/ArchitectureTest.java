package io.serviceops.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.serviceops.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Only web packages know requests, views and controllers. */
    @ArchTest
    static final ArchRule domainDoesNotDependOnTheWebLayer = noClasses()
            .that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("..web..");

    /** Webhooks never see customer notifications (their contact data), and customer mail never sees webhooks. */
    @ArchTest
    static final ArchRule webhooksAndCustomerNotificationsStayApart = noClasses()
            .that().resideInAPackage("..notification.webhook..")
            .should().dependOnClassesThat().resideInAPackage("..notification.customer..");

    /** This service publishes nothing: it only delivers. */
    @ArchTest
    static final ArchRule noKafkaPublishing = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate");
}
