package io.serviceops.training.standard;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class StandardsContainersTest extends StandardsContract {
}
