package io.serviceops.kpi.template;

public class TemplateNotFound extends RuntimeException {

    public TemplateNotFound(String templateId) {
        super("There is no scorecard template '" + templateId + "'.");
    }

    public TemplateNotFound(String templateId, int version) {
        super("Scorecard template '" + templateId + "' has no version " + version + ".");
    }
}
