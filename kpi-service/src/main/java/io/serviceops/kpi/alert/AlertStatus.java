package io.serviceops.kpi.alert;

/**
 * Where an alert stands: raised on a running period ({@code PROVISIONAL}) until the close confirms
 * ({@code CONFIRMED}) or withdraws it ({@code WITHDRAWN}); raised at the close ({@code FINAL}).
 */
public enum AlertStatus {
    PROVISIONAL, CONFIRMED, WITHDRAWN, FINAL
}
