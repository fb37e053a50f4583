package io.serviceops.complaint.privacy;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class PersonalDataRequestEmbeddedTest extends PersonalDataRequestContract {
}
