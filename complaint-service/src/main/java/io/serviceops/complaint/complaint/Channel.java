package io.serviceops.complaint.complaint;

/** Where a complaint came in (投诉渠道). */
public enum Channel {
    PHONE, EMAIL, IN_STORE, ONLINE_FORM, APP, SOCIAL_MEDIA, SUGGESTION_BOX, CRM
}
