package io.serviceops.complaint.complaint;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class TrackingContainersTest extends TrackingContract {
}
