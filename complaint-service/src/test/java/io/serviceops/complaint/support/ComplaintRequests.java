package io.serviceops.complaint.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the tests: a valid complaint by default, changed per test. */
public final class ComplaintRequests {

    private ComplaintRequests() {
    }

    public static String uniqueStore() {
        return "store-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> complaint(String storeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "SERVICE_ATTITUDE");
        body.put("channel", "PHONE");
        body.put("storeId", storeId);
        body.put("staffId", "staff-042");
        body.put("customerId", "cust-77");
        body.put("customerTier", "TWO_STAR");
        body.put("contact", Map.of("phone", "+86 21 5555 0101"));
        body.put("description", "The clerk was rude when I asked for a refund.");
        return body;
    }

    /** What a filer without a login may send: no identity, tier or channel, but contact data for the reply. */
    public static Map<String, Object> anonymousComplaint(String storeId) {
        Map<String, Object> body = new HashMap<>(complaint(storeId));
        body.remove("customerId");
        body.remove("customerTier");
        body.remove("channel");
        return body;
    }

    /**
     * What the customer app files for its signed-in customer ({@code Callers} names a CUSTOMER_APP caller
     * {@value #CUSTOMER_APP_SUBJECT}): its own customer id, the app channel, no priority.
     */
    public static Map<String, Object> customerAppComplaint(String storeId) {
        Map<String, Object> body = anonymousComplaint(storeId);
        body.put("customerId", CUSTOMER_APP_SUBJECT);
        body.put("channel", "APP");
        return body;
    }

    public static final String CUSTOMER_APP_SUBJECT = "test-customer_app";

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }
}
