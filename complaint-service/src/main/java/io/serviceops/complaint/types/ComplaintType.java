package io.serviceops.complaint.types;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A kind of complaint (投诉类型): the manuals' three are built in, operators add their own. */
@Document("complaint_types")
public record ComplaintType(@Id String code, String name, String description, boolean builtIn, Instant createdAt) {

    public static final String SERVICE_ATTITUDE = "SERVICE_ATTITUDE";
    public static final String PRODUCT_QUALITY = "PRODUCT_QUALITY";
    public static final String OTHER = "OTHER";

    /** The shape of a type code; it cannot start with {@code $}, so no code reads as a MongoDB operator. */
    public static final String CODE = "^[A-Z][A-Z0-9_]{1,39}$";
    public static final String CODE_MESSAGE = "must be 2-40 upper-case letters, digits or _ and start with a letter";
}
