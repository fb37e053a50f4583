package io.serviceops.training.assignment;

import io.serviceops.training.programme.ProgrammeCatalogue;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Reads and changes the remedial mapping; a rule may only point at an existing programme. */
@Service
public class RemedialPolicy {

    private final RemedialRules rules;
    private final ProgrammeCatalogue programmes;
    private final Clock clock;

    RemedialPolicy(RemedialRules rules, ProgrammeCatalogue programmes, Clock clock) {
        this.rules = rules;
        this.programmes = programmes;
        this.clock = clock;
    }

    public List<RemedialRule> all() {
        return rules.findAll(Sort.by("trigger", "match"));
    }

    public RemedialRule put(RemedialTrigger trigger, String match, String programmeId) {
        programmes.referenced(programmeId);
        RemedialRule rule = rules.findById(RemedialRule.idOf(trigger, match))
                .orElseGet(() -> RemedialRule.of(trigger, match, programmeId, clock.instant()));
        rule.pointTo(programmeId, clock.instant());
        return rules.save(rule);
    }

    public void remove(RemedialTrigger trigger, String match) {
        String id = RemedialRule.idOf(trigger, match);
        if (!rules.existsById(id)) {
            throw new RemedialRuleNotFound(trigger, match);
        }
        rules.deleteById(id);
    }

    /** The distinct programmes the matches call for, in rule order. */
    List<String> programmesFor(RemedialTrigger trigger, Collection<String> matches) {
        return matches.stream().map(match -> rules.findById(RemedialRule.idOf(trigger, match)))
                .flatMap(Optional::stream).map(RemedialRule::programmeId).distinct().toList();
    }
}
