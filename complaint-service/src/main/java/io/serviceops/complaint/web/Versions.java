package io.serviceops.complaint.web;

/** Reads the version a client saw from an {@code If-Match} header and writes it as an ETag. */
public final class Versions {

    private Versions() {
    }

    /** Accepts {@code "3"}, {@code W/"3"} or {@code 3}; null when the header is absent. */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String digits = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw InvalidRequest.of("If-Match", "must be the ETag of the resource, e.g. \"3\"");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
