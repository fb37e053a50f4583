package io.serviceops.eventing.privacy;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.privacy.PersonalDataAnswered;
import io.serviceops.events.privacy.PersonalDataRequested;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a personal-data request with what this service's {@link PersonalDataHolder}s hold (export)
 * or erased (erasure), as one {@link PersonalDataAnswered} through the outbox. A redelivered request
 * erases again (finding nothing) and keeps the first answer. Counted in
 * {@code serviceops_privacy_requests_answered_total{kind}}.
 */
public class PersonalDataRequests implements EventHandler<PersonalDataRequested> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String service;
    private final List<PersonalDataHolder> holders;
    private final MongoTemplate mongo;
    private final MeterRegistry metrics;
    private final Clock clock;

    public PersonalDataRequests(String service, List<PersonalDataHolder> holders, MongoTemplate mongo,
            MeterRegistry metrics, Clock clock) {
        this.service = service;
        this.holders = List.copyOf(holders);
        this.mongo = mongo;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Class<PersonalDataRequested> eventType() {
        return PersonalDataRequested.class;
    }

    @Override
    public void handle(EventEnvelope<PersonalDataRequested> event) {
        PersonalDataRequested request = event.data();
        DataSubject subject = DataSubject.of(request);
        Instant now = clock.instant();
        PersonalDataAnswered answered = request.erasure()
                ? new PersonalDataAnswered(request.requestId(), service, request.kind(), null, erase(subject, request, now), now)
                : new PersonalDataAnswered(request.requestId(), service, request.kind(), export(subject), Map.of(), now);
        try {
            mongo.insert(PersonalDataAnswer.of(answered));
            metrics.counter("serviceops.privacy.requests.answered", "kind", request.kind()).increment();
        } catch (DuplicateKeyException answeredBefore) {
            // the first answer stands; erasing again found nothing new
        }
    }

    private Map<String, Long> erase(DataSubject subject, PersonalDataRequested request, Instant now) {
        Map<String, Long> erased = new LinkedHashMap<>();
        Erasure erasure = new Erasure(request.requestId(), request.pseudonym(), now);
        holders.forEach(holder -> erased.put(holder.records(), holder.erase(subject, erasure)));
        return erased;
    }

    private String export(DataSubject subject) {
        Map<String, Object> held = new LinkedHashMap<>();
        holders.forEach(holder -> held.put(holder.records(), holder.export(subject)));
        return JSON.writeValueAsString(held);
    }
}
