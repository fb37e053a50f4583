package io.serviceops.feedback.support;

/** The shape of identifiers clients send, narrow enough that no MongoDB operator can pass. */
public final class Ids {

    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";
    public static final String MESSAGE = "must be 1-64 letters, digits or . _ : - and start with a letter or digit";

    private Ids() {
    }
}
