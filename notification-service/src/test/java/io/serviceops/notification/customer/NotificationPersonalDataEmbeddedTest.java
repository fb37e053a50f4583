package io.serviceops.notification.customer;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class NotificationPersonalDataEmbeddedTest extends NotificationPersonalDataContract {
}
