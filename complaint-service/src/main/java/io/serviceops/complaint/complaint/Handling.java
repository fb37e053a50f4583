package io.serviceops.complaint.complaint;

/** How the complaint was put right (处理方式). */
public enum Handling {
    APOLOGY, EXPLANATION, RETURN, EXCHANGE, REPAIR, REFUND, COMPENSATION, OTHER
}
