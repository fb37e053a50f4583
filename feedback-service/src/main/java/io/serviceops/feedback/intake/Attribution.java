package io.serviceops.feedback.intake;

/** The store, staff member and complaint a response is linked to, as far as they are known. */
public record Attribution(String storeId, String staffId, String complaintId) {
}
