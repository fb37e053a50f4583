package io.serviceops.notification.customer;

/** How a customer is reached: e-mail when they gave an address, otherwise SMS. */
public enum Channel {
    EMAIL, SMS
}
