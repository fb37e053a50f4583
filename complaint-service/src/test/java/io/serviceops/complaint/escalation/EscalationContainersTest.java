package io.serviceops.complaint.escalation;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class EscalationContainersTest extends EscalationContract {
}
