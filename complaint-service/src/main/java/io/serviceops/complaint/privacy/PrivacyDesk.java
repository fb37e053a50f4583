package io.serviceops.complaint.privacy;

import io.serviceops.complaint.complaint.ComplaintPersonalData;
import io.serviceops.eventing.privacy.DataSubject;
import io.serviceops.events.privacy.PersonalDataAnswered;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens personal-data requests, takes the services' answers and assembles the export document. The
 * customer named by id, phone or e-mail is widened by what the complaints know (the ids filed with that
 * phone, the phones filed under that id), so every service finds its records.
 */
@Service
public class PrivacyDesk {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrivacyRequests requests;
    private final ComplaintPersonalData complaints;
    private final PrivacyProperties properties;
    private final PrivacyMetrics metrics;
    private final Clock clock;

    PrivacyDesk(PrivacyRequests requests, ComplaintPersonalData complaints, PrivacyProperties properties,
            PrivacyMetrics metrics, Clock clock) {
        this.requests = requests;
        this.complaints = complaints;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
    }

    public PrivacyRequest open(RequestKind kind, String customerId, String phone, String email, String requestedBy) {
        DataSubject named = new DataSubject(present(customerId), present(phone), present(email));
        PrivacyRequest request = PrivacyRequest.open("pdr-" + UUID.randomUUID(), kind, complaints.widened(named),
                "erased-" + UUID.randomUUID(), properties.services(), requestedBy, clock.instant());
        PrivacyRequest saved = requests.save(request);
        metrics.opened(kind);
        return saved;
    }

    public PrivacyRequest get(String id) {
        return requests.findById(id).orElseThrow(() -> new PrivacyRequestNotFound(id));
    }

    public Page<PrivacyRequest> list(Pageable page) {
        return requests.findAll(page);
    }

    /** Takes one service's answer; answers to requests this service did not open are not ours. */
    void answered(PersonalDataAnswered answer) {
        requests.findById(answer.requestId()).ifPresent(request -> {
            DataSubject subject = request.subject();
            boolean completed = request.answered(answer);
            requests.save(request);
            if (completed) {
                metrics.completed(request.kind());
                if (request.kind() == RequestKind.ERASURE) {
                    forgetEarlierRequestsAbout(subject);
                }
            }
        });
    }

    /**
     * An export requested before the erasure holds everything the services just erased, and every request
     * names the customer: they forget both, or the erasure would leave its copies here. The erasure itself
     * is saved without its subject first, so it is not among them.
     */
    private void forgetEarlierRequestsAbout(DataSubject subject) {
        requests.findAbout(subject.customerIds(), subject.phones(), subject.emails()).forEach(earlier -> {
            earlier.customerErased();
            requests.save(earlier);
        });
    }

    /** One document of everything every service holds about the customer, once all have answered. */
    public Map<String, Object> export(String id) {
        PrivacyRequest request = get(id);
        if (request.kind() != RequestKind.EXPORT) {
            throw new ExportNotReady("Request " + id + " is an erasure; it has nothing to download.");
        }
        if (!request.complete()) {
            throw new ExportNotReady("Request " + id + " is waiting for " + waitingFor(request) + ".");
        }
        if (request.exports().isEmpty()) {
            throw new ExportNotReady("The export of request " + id + " was discarded "
                    + properties.exportsKeptFor().toDays() + " days after it was complete or when the customer's data "
                    + "was erased; open a new request.");
        }
        Map<String, Object> services = new LinkedHashMap<>();
        Map<String, String> exports = request.exports();
        request.services().stream().filter(exports::containsKey)
                .forEach(service -> services.put(service, JSON.readTree(exports.get(service))));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("requestId", request.id());
        document.put("completedAt", request.completedAt().toString());
        document.put("customer", request.subject());
        document.put("services", services);
        return document;
    }

    /** Discards the data of exports complete longer than {@code exports-kept-for}; returns how many. */
    public long discardExpiredExports() {
        Instant due = clock.instant().minus(properties.exportsKeptFor());
        List<PrivacyRequest> expired = requests.findByKindAndCompletedAtBefore(RequestKind.EXPORT, due).stream()
                .filter(request -> !request.exports().isEmpty()).toList();
        expired.forEach(request -> {
            request.exportsDiscarded();
            requests.save(request);
        });
        return expired.size();
    }

    static List<String> waitingFor(PrivacyRequest request) {
        return request.services().stream().filter(service -> !request.progress().containsKey(service)).toList();
    }

    private static List<String> present(String value) {
        return Stream.ofNullable(value).filter(text -> !text.isBlank()).toList();
    }
}
