package io.serviceops.complaint.escalation;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class EscalationEmbeddedTest extends EscalationContract {
}
