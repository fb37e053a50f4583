package io.serviceops.kpi.template;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Defines, revises and looks up scorecard templates; a template's current version is its latest. */
@Service
public class TemplateCatalog {

    private final Templates templates;
    private final TemplateAnnouncer announcer;
    private final Clock clock;

    TemplateCatalog(Templates templates, TemplateAnnouncer announcer, Clock clock) {
        this.templates = templates;
        this.announcer = announcer;
        this.clock = clock;
    }

    /** Defines a new template as version 1; a template id already in use is a duplicate. */
    public Template create(String templateId, TemplateDefinition definition) {
        return announcer.announce(templates.insert(Template.define(templateId, 1, definition, clock.instant())));
    }

    /** Stores the next version, if {@code expectedVersion} is still the current one. */
    public Template revise(String templateId, int expectedVersion, TemplateDefinition definition) {
        Template current = current(templateId);
        if (current.version() != expectedVersion) {
            throw new StaleTemplateVersion(templateId, expectedVersion, current.version());
        }
        try {
            return announcer.announce(templates.insert(current.revise(definition, clock.instant())));
        } catch (DuplicateKeyException concurrentEdit) {
            throw new StaleTemplateVersion(templateId, expectedVersion, expectedVersion + 1);
        }
    }

    public Template current(String templateId) {
        return templates.findFirstByTemplateIdOrderByVersionDesc(templateId)
                .orElseThrow(() -> new TemplateNotFound(templateId));
    }

    public Template version(String templateId, int version) {
        return templates.findByTemplateIdAndVersion(templateId, version)
                .orElseThrow(() -> new TemplateNotFound(templateId, version));
    }

    public List<Template> versions(String templateId) {
        List<Template> versions = templates.findByTemplateIdOrderByVersionDesc(templateId);
        if (versions.isEmpty()) {
            throw new TemplateNotFound(templateId);
        }
        return versions;
    }

    /** The current version of every template, by id; templates are few, so this is done in memory. */
    public List<Template> currentVersions() {
        BinaryOperator<Template> latest = (a, b) -> a.version() >= b.version() ? a : b;
        Map<String, Template> byId = templates.findAll().stream()
                .collect(Collectors.toMap(Template::templateId, template -> template, latest));
        return byId.values().stream().sorted(Comparator.comparing(Template::templateId)).toList();
    }

    /** The templates every subject is scored with when a period closes. */
    public List<Template> active() {
        return currentVersions().stream().filter(Template::active).toList();
    }
}
