package io.serviceops.complaint.privacy;

import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.privacy.PersonalDataAnswered;
import org.springframework.stereotype.Component;

/** Collects each service's answer to the requests this service opened. */
@Component
class PrivacyAnswers implements EventHandler<PersonalDataAnswered> {

    private final PrivacyDesk desk;

    PrivacyAnswers(PrivacyDesk desk) {
        this.desk = desk;
    }

    @Override
    public Class<PersonalDataAnswered> eventType() {
        return PersonalDataAnswered.class;
    }

    @Override
    public void handle(EventEnvelope<PersonalDataAnswered> event) {
        desk.answered(event.data());
    }
}
