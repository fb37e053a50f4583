package io.serviceops.feedback.analytics;

import io.serviceops.testsupport.ContainerInfrastructure;

@ContainerInfrastructure
class SatisfactionAnalyticsContainersTest extends SatisfactionAnalyticsContract {
}
