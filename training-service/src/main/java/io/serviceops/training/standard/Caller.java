package io.serviceops.training.standard;

import java.util.Set;

/** Who asks, as the gateway authenticated and signed it ({@code X-User-Id}, {@code X-User-Roles}, verified by service-conventions); written into the audit. */
public record Caller(String id, Set<String> roles) {

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    static final Caller SYSTEM = new Caller("system", Set.of());
}
