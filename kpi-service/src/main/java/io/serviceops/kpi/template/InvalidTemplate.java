package io.serviceops.kpi.template;

import io.serviceops.conventions.FieldError;
import io.serviceops.conventions.problem.InvalidInput;
import java.util.List;

/** A template definition that cannot be used, e.g. weights that do not add up to 100 %. */
public class InvalidTemplate extends InvalidInput {

    InvalidTemplate(List<FieldError> violations) {
        super(violations);
    }
}
