package io.serviceops.kpi.template;

/** An edit based on a version that is no longer the current one. */
public class StaleTemplateVersion extends RuntimeException {

    public StaleTemplateVersion(String templateId, int expected, int current) {
        super("Template '" + templateId + "' is at version " + current + ", not " + expected
                + "; reload it and apply your change again.");
    }
}
