package io.serviceops.complaint.complaint;

/** The manuals' service levels (服务等级): new, returning and VIP customers. */
public enum CustomerTier {
    ONE_STAR, TWO_STAR, THREE_STAR
}
