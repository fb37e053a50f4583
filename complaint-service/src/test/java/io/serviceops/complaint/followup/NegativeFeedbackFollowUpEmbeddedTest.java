package io.serviceops.complaint.followup;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class NegativeFeedbackFollowUpEmbeddedTest extends NegativeFeedbackFollowUpContract {
}
