package io.serviceops.conventions.access;

import io.serviceops.conventions.problem.Forbidden;

/** A caller who is not a supervisor named someone else as the person who did something. */
public class ActingForAnotherRefused extends Forbidden {

    ActingForAnotherRefused(String field, String caller) {
        super("Only a SUPERVISOR, ADMIN or integration may act on behalf of another person: leave '" + field
                + "' out or set it to your own id (" + caller + ").");
    }
}
