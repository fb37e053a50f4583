package io.serviceops.training.session;

public enum SessionStatus {
    SCHEDULED, CANCELLED
}
