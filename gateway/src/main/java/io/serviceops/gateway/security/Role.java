package io.serviceops.gateway.security;

/**
 * The roles a token may carry; as authorities they are prefixed {@code ROLE_}. DPO is the
 * data-protection officer, who handles customers' export and erasure requests.
 */
public enum Role {
    CUSTOMER_APP, AGENT, SUPERVISOR, TRAINER, ADMIN, INTEGRATION, DPO;

    public String authority() {
        return "ROLE_" + name();
    }
}
