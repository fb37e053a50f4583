package io.serviceops.complaint.followup;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class NegativeFeedbackFollowUpContainersTest extends NegativeFeedbackFollowUpContract {
}
