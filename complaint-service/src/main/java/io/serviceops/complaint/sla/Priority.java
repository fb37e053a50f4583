package io.serviceops.complaint.sla;

/** How fast a complaint must be handled (分级响应): urgency × importance, raised for VIP customers. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    /** One level up, capped at {@link #URGENT}. */
    public Priority raised() {
        return this == URGENT ? URGENT : values()[ordinal() + 1];
    }
}
