package io.serviceops.events;

/** An incoming or outgoing event lacks a field its contract requires. */
public final class MissingEventField extends IllegalArgumentException {

    private final String field;

    public MissingEventField(String field) {
        super("required event field '" + field + "' is missing");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
