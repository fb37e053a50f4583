package io.serviceops.eventing.privacy;

import java.time.Instant;

/**
 * One erasure request as a holder applies it: {@code pseudonym} replaces the customer ids in every
 * service; {@code requestId} is what a record's history may name (it holds no data).
 */
public record Erasure(String requestId, String pseudonym, Instant at) {
}
