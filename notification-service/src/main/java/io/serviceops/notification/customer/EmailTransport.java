package io.serviceops.notification.customer;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring's mail support (SMTP at {@code spring.mail.host}; GreenMail on the local
 * stack). The Message-ID derives from the notification id, so even a mail system downstream can tell
 * a copy from a new message.
 */
@Component
class EmailTransport implements Transport {

    private final JavaMailSender mail;
    private final NotificationProperties properties;

    EmailTransport(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(CustomerNotification notification, MessageTemplates.Message message) {
        try {
            MimeMessage mime = mail.createMimeMessage();
            // JavaMailSenderImpl keeps a Message-ID set before sending.
            mime.setHeader("Message-ID", "<" + notification.id().replaceAll("[^A-Za-z0-9._-]", ".")
                    + "@serviceops.notifications>");
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(notification.recipient().email());
            helper.setSubject(message.subject());
            helper.setText(message.body());
            mail.send(mime);
        } catch (MailException | MessagingException e) {
            throw new NotDelivered("the mail server did not take the message: " + e.getMessage(), e);
        }
    }
}
