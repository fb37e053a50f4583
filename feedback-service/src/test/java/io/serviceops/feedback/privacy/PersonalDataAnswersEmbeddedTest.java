package io.serviceops.feedback.privacy;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class PersonalDataAnswersEmbeddedTest extends PersonalDataAnswersContract {
}
