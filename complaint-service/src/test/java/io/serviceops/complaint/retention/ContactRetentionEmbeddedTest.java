package io.serviceops.complaint.retention;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class ContactRetentionEmbeddedTest extends ContactRetentionContract {
}
