package io.serviceops.notification.customer;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class NotificationRetentionEmbeddedTest extends NotificationRetentionContract {
}
