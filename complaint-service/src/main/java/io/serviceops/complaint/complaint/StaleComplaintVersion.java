package io.serviceops.complaint.complaint;

import io.serviceops.conventions.problem.StaleVersion;

/** A client changed a complaint based on a version (If-Match) that is no longer the current one. */
public class StaleComplaintVersion extends StaleVersion {

    public StaleComplaintVersion(String id, long expected, long current) {
        super("Complaint " + id + " is at version " + current + ", not " + expected + "; reload it.");
    }
}
