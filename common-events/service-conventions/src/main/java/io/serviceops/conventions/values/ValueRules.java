package io.serviceops.conventions.values;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What every service accepts as a value, in bodies and query parameters alike: text without NUL
 * characters, finite numbers, and dates within {@code earliestYear}–{@code latestYear} (defaults 2000 and
 * 2100: the business dates of a customer-service operation; beyond them the calendar arithmetic of SLAs,
 * periods and schedules overflows). {@code serviceops.values.*}.
 */
@Validated
@ConfigurationProperties("serviceops.values")
public record ValueRules(@DefaultValue("2000") @Min(1) int earliestYear,
        @DefaultValue("2100") @Max(9999) int latestYear) {

    public static final ValueRules DEFAULTS = new ValueRules(2000, 2100);
    static final String NUL_MESSAGE = "must not contain NUL characters";
    static final String FINITE_MESSAGE = "must be a finite number";

    public String dateMessage() {
        return "must be a date in the years " + earliestYear + "-" + latestYear;
    }

    /** The problem with this value, or null when it is acceptable. */
    String problemWith(Object value) {
        if (value instanceof String text) {
            return text.indexOf('\0') >= 0 ? NUL_MESSAGE : null;
        }
        if (value instanceof Double number) {
            return Double.isFinite(number) ? null : FINITE_MESSAGE;
        }
        if (value instanceof Float number) {
            return Float.isFinite(number) ? null : FINITE_MESSAGE;
        }
        Integer year = yearOf(value);
        return year == null || year >= earliestYear && year <= latestYear ? null : dateMessage();
    }

    private static Integer yearOf(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC).getYear();
        }
        if (value instanceof LocalDate date) {
            return date.getYear();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.getYear();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.getYear();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.getYear();
        }
        return value instanceof YearMonth month ? month.getYear() : null;
    }
}
