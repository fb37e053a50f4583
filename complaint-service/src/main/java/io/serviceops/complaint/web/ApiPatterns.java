package io.serviceops.complaint.web;

/**
 * The shapes of identifiers and codes the API accepts. They cannot start with {@code $}, so nothing a
 * client sends can read as a MongoDB operator.
 */
public final class ApiPatterns {

    public static final String ID = "^[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}$";
    public static final String ID_MESSAGE = "must be 1-64 letters, digits or . _ : @ - and start with a letter or digit";
    public static final String CODE = "^[A-Z][A-Z0-9_]{1,39}$";
    public static final String CODE_MESSAGE = "must be 2-40 upper-case letters, digits or _ and start with a letter";

    private ApiPatterns() {
    }
}
