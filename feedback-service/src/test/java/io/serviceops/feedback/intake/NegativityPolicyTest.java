package io.serviceops.feedback.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.feedback.FeedbackProperties;
import io.serviceops.feedback.topic.Topic;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NegativityPolicyTest {

    final NegativityPolicy policy = new NegativityPolicy(new FeedbackProperties(ZoneOffset.UTC,
            new FeedbackProperties.Invitation(Duration.ofDays(14), "post-resolution", "http://127.0.0.1:8080"),
            new FeedbackProperties.Negative(2, 6, Set.of(Topic.PRODUCT_QUALITY, Topic.SERVICE_ATTITUDE,
                    Topic.BUSINESS_PROCESS))));

    @Test
    void aLowSatisfactionOnAComplaintTopicIsNegative() {
        assertThat(policy.isNegative(2, null, Topic.SERVICE_ATTITUDE)).isTrue();
        assertThat(policy.isNegative(3, null, Topic.SERVICE_ATTITUDE)).isFalse();
    }

    @Test
    void aDetractorNpsOnAComplaintTopicIsNegative() {
        assertThat(policy.isNegative(null, 6, Topic.PRODUCT_QUALITY)).isTrue();
        assertThat(policy.isNegative(null, 7, Topic.PRODUCT_QUALITY)).isFalse();
        assertThat(policy.isNegative(5, 0, Topic.BUSINESS_PROCESS)).isTrue();
    }

    @Test
    void otherTopicsAndUnratedResponsesAreNeverEscalated() {
        assertThat(policy.isNegative(1, 0, Topic.OTHER)).isFalse();
        assertThat(policy.isNegative(null, null, Topic.SERVICE_ATTITUDE)).isFalse();
    }
}
