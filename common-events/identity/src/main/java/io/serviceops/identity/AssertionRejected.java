package io.serviceops.identity;

/** Why a service refuses the identity a request presents; the reason becomes a metric tag, never a hint to the caller. */
public final class AssertionRejected extends RuntimeException {

    /** Each way an assertion fails, in the order they are checked. */
    public enum Reason {
        MISSING, MALFORMED, UNKNOWN_KEY, BAD_SIGNATURE, WRONG_AUDIENCE, EXPIRED;

        public String tag() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;

    AssertionRejected(Reason reason) {
        super("identity assertion rejected: " + reason.tag());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
