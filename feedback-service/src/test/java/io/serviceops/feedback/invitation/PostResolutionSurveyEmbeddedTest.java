package io.serviceops.feedback.invitation;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class PostResolutionSurveyEmbeddedTest extends PostResolutionSurveyContract {
}
