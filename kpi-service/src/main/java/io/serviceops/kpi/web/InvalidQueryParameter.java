package io.serviceops.kpi.web;

/** A query parameter whose value cannot be used; answered with a 400 naming it. */
public class InvalidQueryParameter extends RuntimeException {

    private final String parameter;

    public InvalidQueryParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
