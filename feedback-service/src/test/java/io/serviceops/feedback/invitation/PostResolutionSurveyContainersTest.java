package io.serviceops.feedback.invitation;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class PostResolutionSurveyContainersTest extends PostResolutionSurveyContract {
}
