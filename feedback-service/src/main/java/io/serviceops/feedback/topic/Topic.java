package io.serviceops.feedback.topic;

/** What feedback is about, as the manuals classify it for analysis. */
public enum Topic {
    PRODUCT_QUALITY,
    SERVICE_ATTITUDE,
    BUSINESS_PROCESS,
    OTHER;

    /** The topic a complaint type maps to; complaint types outside the topics count as other. */
    public static Topic ofComplaintType(String type) {
        for (Topic topic : values()) {
            if (topic.name().equals(type)) {
                return topic;
            }
        }
        return OTHER;
    }
}
