package io.serviceops.complaint.types;

import io.serviceops.conventions.problem.InvalidInput;

/** A request named a complaint type that neither the manuals nor an operator defined. */
public class UnknownComplaintType extends InvalidInput {

    public UnknownComplaintType(String field, String code) {
        super(field, "Unknown complaint type '" + code + "'; see /api/v1/complaint-types.");
    }
}
