package io.serviceops.feedback.intake;

import io.serviceops.feedback.topic.Topic;

/** The topic a response was filed under and who decided it. */
record Classification(Topic topic, TopicSource source) {
}
