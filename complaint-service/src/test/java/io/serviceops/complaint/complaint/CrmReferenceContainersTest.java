package io.serviceops.complaint.complaint;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class CrmReferenceContainersTest extends CrmReferenceContract {
}
