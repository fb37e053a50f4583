package io.serviceops.training.standard;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** A staff member confirms the version in force; a repeat returns the first confirmation. */
@Service
public class Acknowledging {

    private final Standards standards;
    private final Acknowledgements acknowledgements;
    private final Clock clock;

    Acknowledging(Standards standards, Acknowledgements acknowledgements, Clock clock) {
        this.standards = standards;
        this.acknowledgements = acknowledgements;
        this.clock = clock;
    }

    public Acknowledgement acknowledge(String standardId, Caller caller) {
        Standard standard = standards.findById(standardId).orElseThrow(() -> new StandardNotFound(standardId));
        StandardVersion current = standard.current().orElseThrow(() -> new StandardWorkflowViolated(
                "Standard '" + standardId + "' has no published version to acknowledge."));
        String id = Acknowledgement.idOf(standardId, current.number().major(), caller.id());
        return acknowledgements.findById(id).orElseGet(() -> {
            try {
                return acknowledgements.insert(new Acknowledgement(id, standardId, current.number().major(),
                        caller.id(), current.number().label(), clock.instant()));
            } catch (DuplicateKeyException concurrentRepeat) {
                return acknowledgements.findById(id).orElseThrow();
            }
        });
    }
}
