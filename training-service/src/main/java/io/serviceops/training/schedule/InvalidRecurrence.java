package io.serviceops.training.schedule;

/** A recurrence that cannot produce dates; {@code field} names the part that is wrong. */
public class InvalidRecurrence extends RuntimeException {

    private final String field;

    public InvalidRecurrence(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
