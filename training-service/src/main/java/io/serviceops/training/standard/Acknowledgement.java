package io.serviceops.training.standard;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A staff member confirmed having read a major version of a standard. One per staff member and major
 * version (derived id), so confirming twice changes nothing and a new major version asks again.
 */
@Document("standard_acknowledgements")
public class Acknowledgement {

    @Id
    private final String id;
    @Indexed
    private final String standardId;
    private final int major;
    private final String staffId;
    private final String version;
    private final Instant acknowledgedAt;

    @PersistenceCreator
    Acknowledgement(String id, String standardId, int major, String staffId, String version, Instant acknowledgedAt) {
        this.id = id;
        this.standardId = standardId;
        this.major = major;
        this.staffId = staffId;
        this.version = version;
        this.acknowledgedAt = acknowledgedAt;
    }

    static String idOf(String standardId, int major, String staffId) {
        return standardId + ":" + major + ":" + staffId;
    }

    public String standardId() {
        return standardId;
    }

    public int major() {
        return major;
    }

    public String staffId() {
        return staffId;
    }

    public String version() {
        return version;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
