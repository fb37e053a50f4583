package io.serviceops.notification.customer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The texts customers get, in their language (zh-CN or en; anything else gets zh-CN), from
 * {@code i18n/notification-templates*.properties}. Placeholders are {@code {name}}; a parameter that is
 * an instant is written as a local time in the configured zone, since that is what was promised.
 */
@Component
class MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final String BUNDLE = "i18n/notification-templates";
    /** Never the JVM's own locale: zh-CN lives in the base bundle, English in its _en variant. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ZoneId zone;
    private final DateTimeFormatter times;

    MessageTemplates(NotificationProperties properties) {
        this.zone = properties.zone();
        this.times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    }

    record Message(String subject, String body) {
    }

    Message render(String template, String language, Map<String, String> parameters) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale(language), NO_FALLBACK);
        return new Message(fill(texts.getString(template + ".subject"), parameters),
                fill(texts.getString(template + ".body"), parameters));
    }

    /** The promised time as the customer reads it, e.g. {@code 2026-11-03 17:15 (Asia/Shanghai)}. */
    String localTime(Instant at) {
        return times.format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private String fill(String text, Map<String, String> parameters) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = parameters.getOrDefault(placeholder.group(1), "");
            placeholder.appendReplacement(out, Matcher.quoteReplacement(readable(value)));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    private String readable(String value) {
        try {
            return localTime(Instant.parse(value));
        } catch (DateTimeParseException notAnInstant) {
            return value;
        }
    }

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
