package io.serviceops.conventions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Names the field of each method-validation error as the client knows it: the body's own field path
 * (not the Java parameter that holds the body), the header's or the query parameter's name.
 */
final class FieldNames {

    private FieldNames() {
    }

    static List<FieldError> of(HandlerMethodValidationException exception) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body && body.hasFieldErrors()) {
                body.getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
            } else {
                String name = of(result.getMethodParameter());
                result.getResolvableErrors().forEach(error -> errors.add(new FieldError(name, error.getDefaultMessage())));
            }
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    static String of(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        String declared = header != null ? header.name() : param != null ? param.name() : path != null ? path.name() : "";
        if (declared.isEmpty()) {
            declared = header != null ? header.value() : param != null ? param.value() : path != null ? path.value() : "";
        }
        return declared.isEmpty() ? String.valueOf(parameter.getParameterName()) : declared;
    }
}
