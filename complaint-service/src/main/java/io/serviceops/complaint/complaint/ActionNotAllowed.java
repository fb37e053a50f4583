package io.serviceops.complaint.complaint;

import io.serviceops.conventions.problem.Conflict;

/** An action that the complaint's current status does not allow (an illegal transition). */
public class ActionNotAllowed extends Conflict {

    public ActionNotAllowed(String action, ComplaintStatus status, String why) {
        super("Cannot " + action + " a complaint that is " + status + ": " + why);
    }
}
