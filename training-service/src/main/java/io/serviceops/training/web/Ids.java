package io.serviceops.training.web;

/** The shape of every id and code a client may put in a path or filter: no operators, no dots. */
public final class Ids {

    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,119}$";
    public static final String MESSAGE = "must be 1-120 letters, digits, '-' or '_'";

    private Ids() {
    }
}
