package io.serviceops.feedback.invitation;

public enum InvitationStatus {
    OPEN,
    ANSWERED,
    EXPIRED
}
