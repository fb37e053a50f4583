package io.serviceops.training.certification;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class TrainingQueriesEmbeddedTest extends TrainingQueriesContract {
}
