package io.serviceops.notification.customer;

/** Hands a message to a provider (SMTP server, SMS gateway) for one channel. */
interface Transport {

    Channel channel();

    /**
     * @throws NotDelivered when the provider did not take the message, so it may be tried again
     * @throws Uncertain when it cannot be known whether the provider took it
     */
    void send(CustomerNotification notification, MessageTemplates.Message message);

    /** The provider may or may not have taken the message (e.g. no answer in time): never sent again. */
    class Uncertain extends RuntimeException {

        Uncertain(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The provider did not accept the message; sending it again cannot make a duplicate. */
    class NotDelivered extends RuntimeException {

        NotDelivered(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
