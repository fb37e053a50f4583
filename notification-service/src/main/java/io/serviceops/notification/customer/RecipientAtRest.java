package io.serviceops.notification.customer;

import io.serviceops.eventing.privacy.FieldEncryption;
import io.serviceops.events.notification.Recipient;
import java.util.List;
import org.bson.Document;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

/**
 * How a recipient is stored in {@code notifications} and {@code contacts}: e-mail and phone sealed with
 * {@link FieldEncryption} next to their keyed hashes ({@code emailLookup}, {@code phoneLookup}), which
 * finding a customer by e-mail or phone matches. A recipient stored before encryption is read as it is and
 * sealed when its document is written again (the contact book on the complaint's next notice; a settled
 * notification is not written again and loses its address to retention after 180 days).
 */
public final class RecipientAtRest {

    static final String EMAIL = "recipient.email";
    static final String PHONE = "recipient.phone";
    static final String EMAIL_LOOKUP = "emailLookup";
    static final String PHONE_LOOKUP = "phoneLookup";

    private RecipientAtRest() {
    }

    /** The writing and reading converters for the store's custom conversions. */
    public static List<Converter<?, ?>> converters(FieldEncryption encryption) {
        return List.of(new Writing(encryption), new Reading(encryption));
    }

    @WritingConverter
    private record Writing(FieldEncryption encryption) implements Converter<Recipient, Document> {

        @Override
        public Document convert(Recipient recipient) {
            Document stored = new Document();
            encryption.sealInto(stored, "email", recipient.email(), EMAIL);
            encryption.sealInto(stored, "phone", recipient.phone(), PHONE);
            if (recipient.language() != null) {
                stored.put("language", recipient.language());
            }
            stored.put("consent", recipient.consent());
            return stored;
        }
    }

    @ReadingConverter
    private record Reading(FieldEncryption encryption) implements Converter<Document, Recipient> {

        @Override
        public Recipient convert(Document stored) {
            return new Recipient(encryption.open(stored.getString("email"), EMAIL),
                    encryption.open(stored.getString("phone"), PHONE), stored.getString("language"),
                    Boolean.TRUE.equals(stored.getBoolean("consent")));
        }
    }
}
