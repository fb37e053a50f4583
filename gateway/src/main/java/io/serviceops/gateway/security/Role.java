package io.serviceops.gateway.security;

/** The roles a token may carry; as authorities they are prefixed {@code ROLE_}. */
public enum Role {
    CUSTOMER_APP, AGENT, SUPERVISOR, TRAINER, ADMIN, INTEGRATION;

    public String authority() {
        return "ROLE_" + name();
    }
}
