package io.serviceops.stacktesting;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A customer's mailbox in the local stack's GreenMail, read over POP3 as a mail client would (GreenMail
 * creates a mailbox on first delivery with the address as user name and password).
 */
public final class Mailbox {

    public record Mail(String subject, String body) {
    }

    private final int pop3Port;

    public Mailbox(int pop3Port) {
        this.pop3Port = pop3Port;
    }

    public List<Mail> of(String address) {
        List<Mail> mails = new ArrayList<>();
        try {
            Store store = Session.getInstance(new Properties()).getStore("pop3");
            store.connect("127.0.0.1", pop3Port, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                for (Message message : inbox.getMessages()) {
                    mails.add(new Mail(message.getSubject(), text(message.getContent())));
                }
                inbox.close(false);
            } finally {
                store.close();
            }
        } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
            return List.of();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
        return mails;
    }

    private static String text(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i).getContent()));
            }
            return text.toString();
        }
        return String.valueOf(content);
    }
}
