package io.serviceops.training.assignment;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class RemedialTrainingEmbeddedTest extends RemedialTrainingContract {
}
