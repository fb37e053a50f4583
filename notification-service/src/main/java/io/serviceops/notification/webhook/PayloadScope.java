package io.serviceops.notification.webhook;

/**
 * How much of an event a subscriber gets. REDACTED (the default) leaves out customer identifiers and
 * free text (see {@link io.serviceops.notification.webhook.delivery.PayloadRedaction}); FULL keeps
 * them and may be chosen only by an ADMIN or a key with scope {@code webhooks:full-payload}. Customer
 * contact data is never offered: it travels only on the restricted notifications topic.
 */
public enum PayloadScope {
    REDACTED, FULL
}
