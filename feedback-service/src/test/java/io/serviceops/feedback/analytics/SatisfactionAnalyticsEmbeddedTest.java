package io.serviceops.feedback.analytics;

import io.serviceops.testsupport.EmbeddedInfrastructure;

@EmbeddedInfrastructure
class SatisfactionAnalyticsEmbeddedTest extends SatisfactionAnalyticsContract {
}
