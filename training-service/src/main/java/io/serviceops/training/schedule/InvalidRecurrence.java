package io.serviceops.training.schedule;

import io.serviceops.conventions.problem.InvalidInput;

/** A recurrence that cannot produce dates; the field named is the part that is wrong. */
public class InvalidRecurrence extends InvalidInput {

    public InvalidRecurrence(String field, String message) {
        super(field, message);
    }
}
