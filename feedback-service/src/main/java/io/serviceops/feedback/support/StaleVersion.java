package io.serviceops.feedback.support;

/** The client's {@code If-Match} names a version the resource has moved past. */
public class StaleVersion extends RuntimeException {

    public StaleVersion(long current) {
        super("The resource is at version " + current + "; reload it and try again.");
    }

    /** Checks the client's {@code If-Match} (an ETag such as {@code "3"}) against the stored version. */
    public static void check(String ifMatch, Long current) {
        long actual = current == null ? 0 : current;
        if (ifMatch != null && !ifMatch.isBlank() && !"*".equals(ifMatch.trim())
                && !ifMatch.replace("W/", "").replace("\"", "").trim().equals(Long.toString(actual))) {
            throw new StaleVersion(actual);
        }
    }
}
