package io.serviceops.notification.customer;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class CustomerNotificationContainersTest extends CustomerNotificationContract {
}
