package io.serviceops.kpi.web;

/** The shape of ids in paths, filters and bodies; it rules out anything that looks like a store operator. */
public final class Ids {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9_.:@-]{0,99}";
    public static final String MESSAGE = "must be 1-100 letters, digits or _ . : @ - and start with a letter or digit";

    private Ids() {
    }
}
