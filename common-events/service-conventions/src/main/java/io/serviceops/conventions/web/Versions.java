package io.serviceops.conventions.web;

import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.conventions.problem.StaleVersion;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Optimistic locking over HTTP: a resource's version travels as its ETag ({@code "3"}) and comes back
 * in {@code If-Match}; an update from a version that is no longer current is a 412.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Accepts {@code "3"}, {@code W/"3"} or {@code 3}; null when the header is absent or {@code *}. */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String digits = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "must be the ETag of the resource, e.g. \"3\"");
        }
    }

    /** Refuses the change when the client's {@code If-Match} names a version other than {@code current}. */
    public static void check(String ifMatch, Long current) {
        StaleVersion.check(fromIfMatch(ifMatch), current);
    }

    /**
     * Runs an update that the store guards by version: the expected version comes from {@code If-Match}
     * (a stale one is a 412) or else from the body (a stale one is a 409, like any concurrent change).
     */
    public static <T> T guarded(String ifMatch, Long bodyVersion, Function<Long, T> update) {
        Long fromHeader = fromIfMatch(ifMatch);
        try {
            return update.apply(fromHeader != null ? fromHeader : bodyVersion);
        } catch (OptimisticLockingFailureException stale) {
            if (fromHeader != null) {
                throw new StaleVersion("The resource changed since the version given in If-Match; reload it and try again.");
            }
            throw stale;
        }
    }
}
