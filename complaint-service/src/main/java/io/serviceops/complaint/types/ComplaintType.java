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
}
