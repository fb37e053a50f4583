package io.serviceops.training.staff;

/**
 * A staff member's work e-mail and the language to write in ({@code zh-CN}, the default, or {@code en}),
 * for reminders such as an unconfirmed standard. Work correspondence, so no consent is asked.
 */
public record StaffContact(String email, String language) {

    public static final String DEFAULT_LANGUAGE = "zh-CN";

    public StaffContact {
        language = language == null ? DEFAULT_LANGUAGE : language;
    }

    boolean reachable() {
        return email != null && !email.isBlank();
    }
}
