package io.serviceops.kpi.template;

import io.serviceops.conventions.problem.Conflict;

/**
 * An edit based on a version (sent in the body) that is no longer the current one: a 409 like any
 * concurrent change; a stale If-Match is a 412.
 */
public class StaleTemplateVersion extends Conflict {

    public StaleTemplateVersion(String templateId, int expected, int current) {
        super("Template '" + templateId + "' is at version " + current + ", not " + expected
                + "; reload it and apply your change again.");
    }
}
