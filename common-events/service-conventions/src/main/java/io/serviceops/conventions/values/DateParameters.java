package io.serviceops.conventions.values;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads dates in query parameters and path segments as ISO-8601 and holds them to {@link ValueRules}:
 * registered after Spring's own converters, these win (also over {@code @DateTimeFormat(iso = …)},
 * whose ISO forms they read alike), so {@code periodStart=+999999999-12-01} is a 400 naming the
 * parameter, not an overflow deep in a period calculation.
 */
final class DateParameters implements WebMvcConfigurer {

    private final ValueRules rules;

    DateParameters(ValueRules rules) {
        this.rules = rules;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Instant.class, checked(DateParameters::instant));
        registry.addConverter(String.class, LocalDate.class, checked(LocalDate::parse));
        registry.addConverter(String.class, YearMonth.class, checked(YearMonth::parse));
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notUtc) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    private <T> Converter<String, T> checked(Function<String, T> parse) {
        return text -> {
            if (text.isBlank()) {
                return null;
            }
            T value = parse.apply(text.strip());
            String problem = rules.problemWith(value);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            return value;
        };
    }
}
