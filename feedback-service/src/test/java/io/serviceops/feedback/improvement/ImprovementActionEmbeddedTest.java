package io.serviceops.feedback.improvement;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class ImprovementActionEmbeddedTest extends ImprovementActionContract {
}
