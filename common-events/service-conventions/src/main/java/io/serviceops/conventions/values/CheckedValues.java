package io.serviceops.conventions.values;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Wraps the deserializers of text, floating-point numbers and dates so that every value read from a
 * body passes {@link ValueRules}; a refused value is an {@link InvalidFormatException} at its path,
 * which the shared advice answers as a 400 naming the field.
 */
final class CheckedValues extends ValueDeserializerModifier {

    private static final Set<Class<?>> CHECKED = Set.of(String.class, Double.class, double.class, Float.class,
            float.class, Instant.class, LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, YearMonth.class);

    private final ValueRules rules;

    CheckedValues(ValueRules rules) {
        this.rules = rules;
    }

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
            ValueDeserializer<?> deserializer) {
        return CHECKED.contains(description.getBeanClass()) ? new Checked(deserializer, rules) : deserializer;
    }

    private static final class Checked extends DelegatingDeserializer {

        private final ValueRules rules;

        Checked(ValueDeserializer<?> delegate, ValueRules rules) {
            super(delegate);
            this.rules = rules;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, rules);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            return checked(parser, super.deserialize(parser, context));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object into) {
            return checked(parser, super.deserialize(parser, context, into));
        }

        private Object checked(JsonParser parser, Object value) {
            String problem = rules.problemWith(value);
            if (problem != null) {
                throw InvalidFormatException.from(parser, problem, value, handledType());
            }
            return value;
        }
    }
}
