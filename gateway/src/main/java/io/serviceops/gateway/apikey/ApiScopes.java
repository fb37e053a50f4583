package io.serviceops.gateway.apikey;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an API key may do, per service and action family: {@code file} (create: a complaint, feedback, an
 * interaction), {@code act} (every other change: assign, respond, resolve, close, plan an action…) and
 * {@code read}. A key that acts without the family's read scope gets a minimal acknowledgement instead of
 * the object (service-conventions' {@code ReadScopeAcknowledgement}). The coarse {@code …:write} scopes of
 * earlier keys still work as what they covered — file and act, not read — so no configured or stored key
 * changes meaning; new keys should name the families.
 */
public final class ApiScopes {

    /** Every scope a key may hold, as a pattern for the ADMIN API's validation. */
    public static final String PATTERN = "complaints:(file|act|read|contact|write)|feedback:(file|act|read|write)"
            + "|interactions:(file|read|write)|webhooks:(manage|full-payload)";
    public static final String MESSAGE = "must be one of complaints:file|act|read|contact, feedback:file|act|read, "
            + "interactions:file|read, webhooks:manage|full-payload";

    private static final Map<String, List<String>> EARLIER = Map.of(
            "complaints:write", List.of("complaints:file", "complaints:act"),
            "feedback:write", List.of("feedback:file", "feedback:act"),
            "interactions:write", List.of("interactions:file"));

    private ApiScopes() {
    }

    /** The scopes a key holds, with an earlier coarse scope replaced by the families it covered. */
    public static Set<String> granted(Collection<String> scopes) {
        Set<String> granted = new LinkedHashSet<>();
        scopes.forEach(scope -> granted.addAll(EARLIER.getOrDefault(scope, List.of(scope))));
        return granted;
    }
}
