package io.serviceops.feedback.intake;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class FeedbackIntakeEmbeddedTest extends FeedbackIntakeContract {
}
