package io.serviceops.training.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number a standard states but another service owns — an SLA time limit, a scorecard weight or
 * target — under a key such as {@code sla:SERVICE_ATTITUDE:resolution-hours}. In a seeded standard's
 * text it stands as {@code {{key}}}.
 */
public record Figure(String key, String value) {

    static String placeholder(String key) {
        return "{{" + key + "}}";
    }

    /** 24.0 → "24", 0.9 → "0.9", 0.9 × 100 → "90" (not 90.00000000000001): as a person would write it. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
