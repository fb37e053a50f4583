package io.serviceops.kpi.template;

import io.serviceops.conventions.problem.NotFound;

public class TemplateNotFound extends NotFound {

    public TemplateNotFound(String templateId) {
        super("There is no scorecard template '" + templateId + "'.");
    }

    public TemplateNotFound(String templateId, int version) {
        super("Scorecard template '" + templateId + "' has no version " + version + ".");
    }
}
