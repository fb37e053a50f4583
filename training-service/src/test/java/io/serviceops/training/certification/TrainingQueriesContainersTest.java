package io.serviceops.training.certification;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class TrainingQueriesContainersTest extends TrainingQueriesContract {
}
