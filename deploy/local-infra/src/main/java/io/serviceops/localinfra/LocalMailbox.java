package io.serviceops.localinfra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A local stand-in for the SMTP relay and the customers' mailboxes: GreenMail, started inside the
 * store's JVM so the local stack needs no extra process (and no extra memory budget) for it.
 * notification-service sends to its SMTP port; every recipient gets a mailbox on first delivery, read
 * over POP3 with the address as user name and password.
 *
 * <p>Configuration from the environment: {@code MAIL_SMTP_PORT} (default 3025) and
 * {@code MAIL_POP3_PORT} (default 3110), bound to {@code MONGO_BIND}'s address (127.0.0.1).
 */
final class LocalMailbox {

    static final String READY_PREFIX = "LocalMailbox ready: ";

    private LocalMailbox() {
    }

    static GreenMail start(String bindAddress, int smtpPort, int pop3Port) {
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, bindAddress, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(pop3Port, bindAddress, ServerSetup.PROTOCOL_POP3)});
        mail.start();
        System.out.println(READY_PREFIX + "smtp://" + bindAddress + ":" + smtpPort + ", pop3://" + bindAddress + ":"
                + pop3Port);
        System.out.flush();
        return mail;
    }
}
