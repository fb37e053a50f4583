package io.serviceops.complaint.complaint;

import io.serviceops.complaint.sla.Priority;

/**
 * What intake knows about a new complaint. {@code customerId} is null for an anonymous complaint,
 * which may still carry {@code contact} data for the reply; {@code followUpOf} names the feedback that opened it, if any.
 */
public record ComplaintDraft(String type, Channel channel, String storeId, String staffId, String customerId,
        CustomerTier tier, Contact contact, String description, String externalReference, Grade urgency,
        Grade importance, String followUpOf) {

    public ComplaintDraft {
        tier = tier == null ? CustomerTier.ONE_STAR : tier;
        urgency = urgency == null ? Grade.NORMAL : urgency;
        importance = importance == null ? Grade.NORMAL : importance;
    }

    public boolean isAnonymous() {
        return customerId == null;
    }

    /**
     * Urgency × importance gives the base priority (both normal: NORMAL, one high: HIGH, both high:
     * URGENT, any low without a high: LOW); a VIP customer (three stars) raises it one level.
     */
    public Priority priority() {
        int score = urgency.ordinal() + importance.ordinal();
        Priority base = score <= 1 ? Priority.LOW : Priority.values()[score - 1];
        return tier == CustomerTier.THREE_STAR ? base.raised() : base;
    }
}
