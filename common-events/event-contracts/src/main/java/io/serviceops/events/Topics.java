package io.serviceops.events;

import java.time.Duration;

/** One topic per producing service, keyed by aggregate id so one aggregate's events stay in order. */
public final class Topics {

    public static final String COMPLAINTS = "serviceops.complaints.v1";
    public static final String FEEDBACK = "serviceops.feedback.v1";
    public static final String KPI = "serviceops.kpi.v1";
    public static final String TRAINING = "serviceops.training.v1";
    /**
     * Requests to tell a customer something. Unlike the topics above it carries contact data, so only
     * the producers and notification-service may read or write it (ACLs in deploy/).
     */
    public static final String NOTIFICATIONS = "serviceops.notifications.v1";
    /**
     * Personal-data requests (export, erasure) and the services' answers. Carries customers' ids and
     * contact data and the exported data itself, so it is restricted like the notifications topic and
     * keeps records for a short time only ({@code PRIVACY_RETENTION}).
     */
    public static final String PRIVACY = "serviceops.privacy.v1";
    /**
     * The customer keys personal event fields are sealed under (crypto-shredding, docs/privacy.md): keyed by
     * the key's random id, the value the key sealed under the services' ring, a tombstone once an erasure
     * destroyed it. Compacted, restricted like the privacy topic, and not an event topic: its records are
     * not catalogue events and have no dead-letter topic.
     */
    public static final String CUSTOMER_KEYS = "serviceops.customer-keys.v1";
    /** How long the privacy topic keeps a record: an answer is consumed within seconds. Our default. */
    public static final Duration PRIVACY_RETENTION = Duration.ofDays(7);

    /** Where a consumer parks a record it cannot process after its retries. */
    public static String deadLetterOf(String topic) {
        return topic + ".DLT";
    }

    private Topics() {
    }
}
