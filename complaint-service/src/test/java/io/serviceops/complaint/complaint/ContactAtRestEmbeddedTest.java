package io.serviceops.complaint.complaint;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class ContactAtRestEmbeddedTest extends ContactAtRestContract {
}
