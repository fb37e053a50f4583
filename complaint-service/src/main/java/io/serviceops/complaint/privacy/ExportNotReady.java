package io.serviceops.complaint.privacy;

import io.serviceops.conventions.problem.Conflict;

/** The export was asked for before every service answered, of an erasure, or after it was discarded. */
class ExportNotReady extends Conflict {

    ExportNotReady(String why) {
        super(why);
    }
}
