package io.serviceops.training.standard;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class StandardsEmbeddedTest extends StandardsContract {
}
