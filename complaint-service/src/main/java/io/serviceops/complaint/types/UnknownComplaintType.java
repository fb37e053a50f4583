package io.serviceops.complaint.types;

/** A request named a complaint type that neither the manuals nor an operator defined. */
public class UnknownComplaintType extends RuntimeException {

    private final String field;

    public UnknownComplaintType(String field, String code) {
        super("Unknown complaint type '" + code + "'; see /api/v1/complaint-types.");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
