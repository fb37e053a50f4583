package io.serviceops.events;

/** A type name that this version of the contracts does not know (a newer producer's event). */
public final class UnknownEventType extends IllegalArgumentException {

    public UnknownEventType(String type) {
        super("unknown event type '" + type + "'");
    }
}
