package io.serviceops.conventions;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with a value in the API's terms ("must be a whole number"), never in Java's: Jackson's
 * own messages name classes ({@code java.lang.Integer}), which tell an attacker what runs inside.
 */
final class ValueMessages {

    private ValueMessages() {
    }

    static String of(DatabindException failure) {
        if (failure instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (failure instanceof InvalidFormatException invalid && isOwn(invalid.getOriginalMessage())) {
            return invalid.getOriginalMessage();
        }
        if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        return "has a value that cannot be read as its type";
    }

    /** A query parameter or path segment that cannot be converted: the rule it broke, or the kind expected. */
    static String ofParameter(MethodArgumentTypeMismatchException mismatch, Class<?> type) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(mismatch);
        if (cause instanceof IllegalArgumentException rule && isOwn(rule.getMessage())) {
            return rule.getMessage();
        }
        return type == null ? "cannot be read as its type" : expected(type);
    }

    /** A parse error's text without the Java types it may quote. */
    static String withoutTypes(String message) {
        return message == null ? "" : message.replaceAll("`[^`]*`", "this value").replaceAll("\\(class [^)]*\\)", "");
    }

    private static boolean isOwn(String message) {
        return message != null && message.startsWith("must ") && !message.contains("`") && !message.contains("java.");
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class || type == Character.class) {
            return "must be text";
        }
        if (Temporal.class.isAssignableFrom(type) || TemporalAccessor.class.isAssignableFrom(type)) {
            return "must be a date or time in ISO-8601 form";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "must be an object";
        }
        return "must be an object of the documented shape";
    }
}
