package io.serviceops.conventions;

import java.nio.charset.StandardCharsets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The wording of the shared problems in English and Simplified Chinese, chosen by the request's
 * {@code Accept-Language}. Kept apart from a service's own messages so neither can shadow the other.
 */
public final class ProblemTexts {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("io/serviceops/conventions/problems");
        MESSAGES.setDefaultEncoding(StandardCharsets.UTF_8.name());
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private ProblemTexts() {
    }

    public static String text(String key, Object... arguments) {
        return MESSAGES.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
