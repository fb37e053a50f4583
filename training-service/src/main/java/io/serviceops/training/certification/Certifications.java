package io.serviceops.training.certification;

import io.serviceops.training.TrainingProperties;
import io.serviceops.training.programme.Programme;
import io.serviceops.training.programme.Programmes;
import io.serviceops.training.session.Enrolment;
import io.serviceops.training.session.EnrolmentStatus;
import io.serviceops.training.session.Session;
import io.serviceops.training.session.Sessions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Derives certifications from passed assessments, so they can never disagree with the rosters: the
 * latest pass per staff member and programme, valid for the programme's certification months.
 */
@Service
public class Certifications {

    private final Sessions sessions;
    private final Programmes programmes;
    private final TrainingProperties properties;
    private final Clock clock;

    Certifications(Sessions sessions, Programmes programmes, TrainingProperties properties, Clock clock) {
        this.sessions = sessions;
        this.programmes = programmes;
        this.properties = properties;
        this.clock = clock;
    }

    public List<Certification> of(String staffId) {
        return latest(sessions.findByEnrolmentsStaffId(staffId, Sort.unsorted()), List.of(staffId)::contains);
    }

    public List<Certification> ofAll(Collection<String> staffIds) {
        return latest(sessions.findByEnrolmentsStaffIdIn(staffIds), staffIds::contains);
    }

    /** Certifications that expire within the warning window or have expired: who needs recertification. */
    public List<Certification> dueForRecertification() {
        return latest(sessions.findByEnrolmentsStatus(EnrolmentStatus.PASSED), staffId -> true).stream()
                .filter(certification -> certification.status() == CertificationStatus.DUE
                        || certification.status() == CertificationStatus.EXPIRED)
                .sorted(Comparator.comparing(Certification::expiresAt)).toList();
    }

    private List<Certification> latest(List<Session> found, java.util.function.Predicate<String> staffFilter) {
        record Pass(Session session, Enrolment enrolment) {
        }
        Map<String, Pass> latestPass = found.stream()
                .flatMap(session -> session.enrolments().stream()
                        .filter(enrolment -> enrolment.status() == EnrolmentStatus.PASSED
                                && staffFilter.test(enrolment.staffId()))
                        .map(enrolment -> new Pass(session, enrolment)))
                .collect(Collectors.toMap(pass -> pass.enrolment().staffId() + "|" + pass.session().plan().programmeId(),
                        Function.identity(), (a, b) -> a.enrolment().completedAt().isAfter(b.enrolment().completedAt())
                                ? a : b));
        Map<String, Programme> byId = programmes.findAllById(latestPass.values().stream()
                        .map(pass -> pass.session().plan().programmeId()).distinct().toList()).stream()
                .collect(Collectors.toMap(Programme::id, Function.identity()));
        return latestPass.values().stream().flatMap(pass -> Stream.ofNullable(byId.get(pass.session().plan()
                        .programmeId())).map(programme -> certification(pass.enrolment(), programme)))
                .sorted(Comparator.comparing(Certification::staffId).thenComparing(Certification::programmeId))
                .toList();
    }

    private Certification certification(Enrolment pass, Programme programme) {
        Integer months = programme.details().certificationValidityMonths();
        Instant expiresAt = months == null ? null
                : pass.completedAt().atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
        return new Certification(pass.id(), pass.staffId(), programme.id(), programme.details().topic(),
                pass.completedAt(), expiresAt, statusOf(expiresAt));
    }

    CertificationStatus statusOf(Instant expiresAt) {
        Instant now = clock.instant();
        if (expiresAt == null || expiresAt.isAfter(now.plus(properties.recertificationWarning()))) {
            return CertificationStatus.VALID;
        }
        return expiresAt.isAfter(now) ? CertificationStatus.DUE : CertificationStatus.EXPIRED;
    }
}
