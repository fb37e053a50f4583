package io.serviceops.training.web;

import io.serviceops.conventions.FieldError;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Optimistic locking on updates: the expected version comes from {@code If-Match} (a stale one is 412)
 * or from the body's {@code version} (a stale one is 409, like any concurrent change).
 */
public final class Versions {

    private Versions() {
    }

    public static <T> T guarded(String ifMatch, Long bodyVersion, Function<Long, T> update) {
        Long fromHeader = parse(ifMatch);
        try {
            return update.apply(fromHeader != null ? fromHeader : bodyVersion);
        } catch (OptimisticLockingFailureException stale) {
            if (fromHeader != null) {
                throw new PreconditionFailed();
            }
            throw stale;
        }
    }

    /** ETags are the version in quotes, e.g. {@code "3"}; a weak prefix is tolerated. */
    public static String etag(Long version) {
        return "\"" + version + "\"";
    }

    private static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequest(new FieldError("If-Match", "must be an ETag returned by this service, e.g. \"3\""));
        }
    }
}
