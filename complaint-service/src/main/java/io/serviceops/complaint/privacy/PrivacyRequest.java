package io.serviceops.complaint.privacy;

import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.eventing.privacy.DataSubject;
import io.serviceops.events.privacy.PersonalDataAnswered;
import io.serviceops.events.privacy.PersonalDataRequested;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A data-protection officer's request to export or erase what the services hold about one customer.
 * It asks every service at once ({@code PersonalDataRequested}) and collects their answers; complete
 * when every expected service has answered. A completed erasure forgets whom it was about: what remains
 * is the record that it happened (who asked, when, the pseudonym, the counts per service), without data.
 */
@Document(PrivacyRequest.COLLECTION)
public class PrivacyRequest extends OutboxAggregate {

    public static final String COLLECTION = "privacy_requests";

    @Id
    private String id;
    @Version
    private Long version;
    private RequestKind kind;
    private DataSubject subject;
    private String pseudonym;
    private String requestedBy;
    private Instant openedAt;
    private Instant completedAt;
    private List<String> services;
    private Map<String, ServiceProgress> progress = new LinkedHashMap<>();
    /** Each service's export (JSON text) until the request's export is downloaded or expires. */
    private Map<String, String> exports = new LinkedHashMap<>();

    protected PrivacyRequest() {
    }

    static PrivacyRequest open(String id, RequestKind kind, DataSubject subject, String pseudonym, List<String> services,
            String requestedBy, Instant at) {
        PrivacyRequest request = new PrivacyRequest();
        request.id = id;
        request.kind = kind;
        request.subject = subject;
        request.pseudonym = kind == RequestKind.ERASURE ? pseudonym : null;
        request.services = List.copyOf(services);
        request.requestedBy = requestedBy;
        request.openedAt = at;
        request.record(new PersonalDataRequested(id, kind.name(), subject.customerIds(), subject.phones(),
                subject.emails(), request.pseudonym, at), at);
        return request;
    }

    /** Takes one service's answer; a repeated answer changes nothing. Returns whether this completed the request. */
    boolean answered(PersonalDataAnswered answer) {
        if (progress.containsKey(answer.service()) || completedAt != null) {
            return false;
        }
        progress.put(answer.service(), new ServiceProgress(answer.answeredAt(), answer.erased()));
        if (answer.export() != null) {
            exports.put(answer.service(), answer.export());
        }
        if (!progress.keySet().containsAll(services)) {
            return false;
        }
        completedAt = answer.answeredAt();
        if (kind == RequestKind.ERASURE) {
            subject = null;
        }
        return true;
    }

    /** Forgets the exported data (downloaded long enough ago, or expired). */
    void exportsDiscarded() {
        exports = new LinkedHashMap<>();
    }

    /**
     * An erasure of the same customer completed: this earlier request keeps no copy of what was erased,
     * neither the exported data nor whom it was about, like the erasure itself.
     */
    void customerErased() {
        exportsDiscarded();
        subject = null;
    }

    public boolean complete() {
        return completedAt != null;
    }

    public String id() { return id; }
    public Long version() { return version; }
    public RequestKind kind() { return kind; }
    /** Whom the request is about; null once an erasure is complete. */
    public DataSubject subject() { return subject; }
    public String pseudonym() { return pseudonym; }
    public String requestedBy() { return requestedBy; }
    public Instant openedAt() { return openedAt; }
    public Instant completedAt() { return completedAt; }
    public List<String> services() { return services; }
    public Map<String, ServiceProgress> progress() { return Map.copyOf(progress); }
    public Map<String, String> exports() { return Map.copyOf(exports); }
}
