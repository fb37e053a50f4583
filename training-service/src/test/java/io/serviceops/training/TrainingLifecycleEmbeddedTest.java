package io.serviceops.training;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class TrainingLifecycleEmbeddedTest extends TrainingLifecycleContract {
}
