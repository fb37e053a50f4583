package io.serviceops.conventions.apidocs;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An example for a request body, built from its schema: a property's own {@code example} (from
 * {@code @Schema(example = ...)}) wins, then its first allowed value, then a value of its type and
 * format ({@code storeId} → {@code "store-1"}). So every body has an example without writing one per
 * DTO, and a DTO that states better values shows those.
 */
final class RequestBodyExamples {

    /** How many schema references deep an example follows: enough for the API's bodies, finite for recursive ones. */
    private static final int MAX_DEPTH = 6;

    private final Function<String, Schema<?>> components;

    RequestBodyExamples(Function<String, Schema<?>> components) {
        this.components = components;
    }

    Object of(Schema<?> schema) {
        return value("value", schema, 0);
    }

    private Object value(String name, Schema<?> schema, int depth) {
        if (schema == null) {
            return name;
        }
        if (schema.get$ref() != null) {
            return depth > MAX_DEPTH ? Map.of() : value(name, components.apply(schema.get$ref().replaceFirst(".*/", "")), depth + 1);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return value(name, schema.getAllOf().get(0), depth);
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return value(name, schema.getOneOf().get(0), depth);
        }
        String type = typeOf(schema);
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> List.of(value(singular(name), schema.getItems(), depth));
            case "integer" -> schema.getMinimum() != null ? schema.getMinimum().max(BigDecimal.ONE).intValue() : 1;
            case "number" -> schema.getMinimum() != null ? schema.getMinimum().max(BigDecimal.ONE) : BigDecimal.ONE;
            case "boolean" -> true;
            default -> text(name, schema.getFormat());
        };
    }

    private Object object(Schema<?> schema, int depth) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((property, propertySchema) -> {
                if (!Boolean.TRUE.equals(propertySchema.getReadOnly())) {
                    example.put(property, value(property, propertySchema, depth));
                }
            });
        } else if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            example.put("key", value("key", values, depth));
        }
        return example;
    }

    private static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            return schema.getTypes().stream().filter(type -> !type.equals("null")).findFirst().orElse("string");
        }
        return schema.getProperties() != null || schema.getAdditionalProperties() != null ? "object" : "string";
    }

    private static Object text(String name, String format) {
        if (format != null) {
            switch (format) {
                case "date-time" -> {
                    return "2026-03-02T09:00:00Z";
                }
                case "date" -> {
                    return "2026-03-02";
                }
                case "email" -> {
                    return "customer@example.com";
                }
                case "uri", "url" -> {
                    return "https://example.com/" + name;
                }
                default -> {
                }
            }
        }
        if (name.endsWith("Id") && name.length() > 2) {
            return name.substring(0, name.length() - 2) + "-1";
        }
        return name;
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
