package io.serviceops.complaint.complaint;

import io.serviceops.events.notification.Recipient;

/**
 * How to reach the customer; never stored for anonymous complaints. {@code consent} is the
 * customer's agreement to be notified about the case (absent means no); {@code language} the one to
 * write in ({@code zh-CN}, the default, or {@code en}).
 */
public record Contact(String phone, String email, Boolean consent, String language) {

    public static final String DEFAULT_LANGUAGE = "zh-CN";

    public Contact {
        language = language == null ? DEFAULT_LANGUAGE : language;
    }

    /** The contact as a notification request carries it. */
    Recipient asRecipient() {
        return new Recipient(email, phone, language, Boolean.TRUE.equals(consent));
    }
}
