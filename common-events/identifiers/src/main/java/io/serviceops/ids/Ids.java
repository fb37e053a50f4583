package io.serviceops.ids;

import java.util.regex.Pattern;

/**
 * The one shape of every id a client sends (in paths, filters, bodies and the gateway's token
 * subjects): 1-64 letters, digits or {@code . _ : @ -}, starting with a letter or digit. Staff ids are
 * often e-mail-like or {@code zhang.san}; an id cannot start with {@code $}, so nothing a client sends
 * can read as a MongoDB operator. Use {@link #PATTERN} in {@code @Pattern} and {@link #MESSAGE} as its
 * message.
 */
public final class Ids {

    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}$";
    public static final String MESSAGE = "must be 1-64 letters, digits or . _ : @ - and start with a letter or digit";

    private static final Pattern RULE = Pattern.compile(PATTERN);

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && RULE.matcher(id).matches();
    }
}
