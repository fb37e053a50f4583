package io.serviceops.notification.webhook;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class WebhookDeliveryEmbeddedTest extends WebhookDeliveryContract {
}
