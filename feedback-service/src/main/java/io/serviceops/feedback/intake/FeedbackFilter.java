package io.serviceops.feedback.intake;

import io.serviceops.feedback.topic.Topic;
import java.time.LocalDate;

/** What people search responses by; every field is optional. Days are inclusive. */
public record FeedbackFilter(Channel channel, Topic topic, String storeId, String staffId, String complaintId,
        Boolean negative, LocalDate from, LocalDate to) {
}
