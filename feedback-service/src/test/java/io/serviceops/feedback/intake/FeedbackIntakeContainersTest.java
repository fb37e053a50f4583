package io.serviceops.feedback.intake;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class FeedbackIntakeContainersTest extends FeedbackIntakeContract {
}
