package io.serviceops.kpi.interaction;

/** Where a customer interaction took place (the manuals name the front desk and the phone). */
public enum Channel {
    FRONT_DESK, PHONE, APP, ONLINE_CHAT, OTHER
}
