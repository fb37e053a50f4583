package io.serviceops.complaint.sla;

import io.serviceops.conventions.problem.StaleVersion;

/** An operator revised a policy starting from a version that is no longer the current one. */
public class StalePolicyVersion extends StaleVersion {

    public StalePolicyVersion(String type, int expected, int current) {
        super("The SLA policy of " + type + " is at version " + current + ", not " + expected + "; reload it.");
    }
}
