package io.serviceops.training;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class TrainingLifecycleContainersTest extends TrainingLifecycleContract {
}
