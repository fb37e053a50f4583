package io.serviceops.training.standard;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A refusal of the standards feature, worded in English and Simplified Chinese
 * ({@code standard-problems*.properties}); the web layer picks the caller's language.
 */
public abstract class StandardProblem extends RuntimeException {

    private static final String BUNDLE = "io.serviceops.training.standard.standard-problems";

    private final String key;
    private final Object[] arguments;

    protected StandardProblem(String key, Object... arguments) {
        super(text(Locale.ROOT, key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String message(Locale locale) {
        return text(locale, key, arguments);
    }

    public String title(Locale locale) {
        return text(locale, key.substring(0, key.indexOf('.')) + ".title");
    }

    private static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
