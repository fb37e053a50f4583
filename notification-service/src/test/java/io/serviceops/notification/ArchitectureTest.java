package io.serviceops.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.serviceops.testsupport.ServiceArchitecture;

/** The rules every service keeps (this one publishes nothing, so no Kafka template either), and its own. */
@AnalyzeClasses(packages = "io.serviceops.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests shared = ArchTests.in(ServiceArchitecture.class);

    /** Webhooks never see customer notifications (their contact data), and customer mail never sees webhooks. */
    @ArchTest
    static final ArchRule webhooksAndCustomerNotificationsStayApart = noClasses()
            .that().resideInAPackage("..notification.webhook..")
            .should().dependOnClassesThat().resideInAPackage("..notification.customer..");
}
