package io.serviceops.eventing.privacy.shredding;

/**
 * What a reader gets for a personal field of an event: its clear value (opened, or written in clear before
 * crypto-shredding), or — when the customer's key was destroyed by an erasure — {@link #ERASED} in place of
 * the value, a normal outcome rather than an error, so the rest of the event is still processed.
 */
public record OpenedField(String value, boolean shredded) {

    /** What stands for a field whose key was shredded. */
    public static final String ERASED = "erased";

    static final OpenedField SHREDDED = new OpenedField(ERASED, true);

    static OpenedField clear(String value) {
        return new OpenedField(value, false);
    }

    /** The clear value, or null when it was shredded (the field is then treated as never given). */
    public String valueOrNull() {
        return shredded ? null : value;
    }
}
