package io.serviceops.notification.webhook;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class WebhookDeliveryContainersTest extends WebhookDeliveryContract {
}
