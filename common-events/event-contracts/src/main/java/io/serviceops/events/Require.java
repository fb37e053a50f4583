package io.serviceops.events;

/** Guards that turn a missing required field into an error that names it. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new MissingEventField(field);
        }
        return value;
    }
}
