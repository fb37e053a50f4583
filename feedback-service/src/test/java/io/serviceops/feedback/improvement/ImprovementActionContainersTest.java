package io.serviceops.feedback.improvement;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class ImprovementActionContainersTest extends ImprovementActionContract {
}
