package io.serviceops.gateway.problem;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own request bodies (API keys, development tokens) refuse a field they do not declare, as
 * the services' do (service-conventions' StrictJson): a caller setting {@code id}, {@code state} or
 * {@code createdAt} on a key gets a 400 naming it ({@link ProblemErrorHandler}), not a key made as if the
 * field had not been sent. Proxied bodies are not read here, so this changes nothing on the routes.
 */
@Component
class StrictRequestBodies implements JsonMapperBuilderCustomizer, Ordered {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** After Boot's own customizer, so that {@code spring.jackson.*} cannot loosen it. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
