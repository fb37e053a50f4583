package io.serviceops.eventing.privacy.shredding;

import io.serviceops.events.Topics;

/**
 * An event names a customer key this service has not read from the keys topic yet (the producer shares a
 * new key within about a second). Thrown so the event is retried with back-off, not processed without
 * its personal fields.
 */
public class CustomerKeyNotYetShared extends RuntimeException {

    public CustomerKeyNotYetShared(String keyId) {
        super("customer key " + keyId + " has not been shared on " + Topics.CUSTOMER_KEYS + " yet");
    }
}
