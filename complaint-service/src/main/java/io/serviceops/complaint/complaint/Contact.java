package io.serviceops.complaint.complaint;

/** How to reach the customer; never stored for anonymous complaints. */
public record Contact(String phone, String email) {
}
