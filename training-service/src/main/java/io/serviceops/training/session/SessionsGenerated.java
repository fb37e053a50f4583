package io.serviceops.training.session;

/** Published inside the service after a generator pass, so waiting assignments can take the new sessions. */
public record SessionsGenerated(int created) {
}
