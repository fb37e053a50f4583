package io.serviceops.conventions.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiContractCustomizerTest {

    @Test
    void makesASummaryFromTheOperationIdWhereTheHandlerStatesNone() {
        assertThat(ApiContractCustomizer.summaryOf("getImprovementAction")).isEqualTo("Get improvement action");
    }

    @Test
    void buildsARequestBodyExampleFromTheSchemaFollowingReferences() {
        Schema<?> question = new ObjectSchema().addProperty("key", new StringSchema())
                .addProperty("weight", new IntegerSchema().minimum(BigDecimal.TEN));
        Schema<?> survey = new ObjectSchema().addProperty("storeId", new StringSchema())
                .addProperty("channel", new StringSchema()._enum(List.of("APP", "PHONE")))
                .addProperty("title", new StringSchema().example("Service survey"))
                .addProperty("questions", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/Question")));
        Map<String, Schema<?>> components = Map.of("Survey", survey, "Question", question);

        Object example = new RequestBodyExamples(components::get).of(new Schema<>().$ref("#/components/schemas/Survey"));

        assertThat(example).isEqualTo(Map.of("storeId", "store-1", "channel", "APP", "title", "Service survey",
                "questions", List.of(Map.of("key", "key", "weight", 10))));
    }
}
