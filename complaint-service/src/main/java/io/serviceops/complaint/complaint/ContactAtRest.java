package io.serviceops.complaint.complaint;

import io.serviceops.eventing.privacy.FieldEncryption;
import java.util.List;
import org.bson.Document;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

/**
 * How a customer's contact is stored: phone and e-mail sealed with {@link FieldEncryption}, next to their
 * keyed hashes ({@code phoneLookup}, {@code emailLookup}) that finding a customer by phone or e-mail
 * matches, and {@code encrypted: true}. A contact stored before encryption (no marker) is read as it is
 * and sealed the next time its complaint is saved, or by {@link ContactEncryptionMigration}.
 */
public final class ContactAtRest {

    static final String PHONE = "contact.phone";
    static final String EMAIL = "contact.email";
    /** The stored fields a search by keyed hash matches. */
    public static final String PHONE_LOOKUP = "phoneLookup";
    public static final String EMAIL_LOOKUP = "emailLookup";
    static final String ENCRYPTED = "encrypted";

    private ContactAtRest() {
    }

    /** The writing and reading converters for the store's custom conversions. */
    public static List<Converter<?, ?>> converters(FieldEncryption encryption) {
        return List.of(new Writing(encryption), new Reading(encryption));
    }

    @WritingConverter
    private record Writing(FieldEncryption encryption) implements Converter<Contact, Document> {

        @Override
        public Document convert(Contact contact) {
            Document stored = new Document();
            encryption.sealInto(stored, "phone", contact.phone(), PHONE);
            encryption.sealInto(stored, "email", contact.email(), EMAIL);
            putPresent(stored, "consent", contact.consent());
            putPresent(stored, "language", contact.language());
            stored.put(ENCRYPTED, true);
            return stored;
        }

        private static void putPresent(Document stored, String field, Object value) {
            if (value != null) {
                stored.put(field, value);
            }
        }
    }

    @ReadingConverter
    private record Reading(FieldEncryption encryption) implements Converter<Document, Contact> {

        @Override
        public Contact convert(Document stored) {
            return new Contact(encryption.open(stored.getString("phone"), PHONE),
                    encryption.open(stored.getString("email"), EMAIL), stored.getBoolean("consent"),
                    stored.getString("language"));
        }
    }
}
