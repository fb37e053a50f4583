package io.serviceops.training.assignment;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class RemedialTrainingContainersTest extends RemedialTrainingContract {
}
