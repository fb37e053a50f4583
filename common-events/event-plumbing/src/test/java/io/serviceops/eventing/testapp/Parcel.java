package io.serviceops.eventing.testapp;

import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.complaint.ComplaintReopened;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A minimal aggregate that publishes through the outbox, standing in for a service's own. */
@Document("parcels")
public class Parcel extends OutboxAggregate {

    @Id
    private final String id;
    @Version
    private Long version;
    private int moves;

    public Parcel(String id) {
        this.id = id;
    }

    public void move(String where) {
        moves++;
        record(new ComplaintReopened(id, "store-1", null, where, Instant.now()), Instant.now());
    }

    public String id() {
        return id;
    }
}
