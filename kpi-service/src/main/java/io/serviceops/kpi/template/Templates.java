package io.serviceops.kpi.template;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Templates extends MongoRepository<Template, String> {

    Optional<Template> findFirstByTemplateIdOrderByVersionDesc(String templateId);

    Optional<Template> findByTemplateIdAndVersion(String templateId, int version);

    List<Template> findByTemplateIdOrderByVersionDesc(String templateId);
}
