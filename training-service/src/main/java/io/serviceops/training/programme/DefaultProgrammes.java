package io.serviceops.training.programme;

import static io.serviceops.training.programme.ProgrammeKind.ADAPTIVE;
import static io.serviceops.training.programme.ProgrammeKind.CULTURE;
import static io.serviceops.training.programme.ProgrammeKind.DRILL;
import static io.serviceops.training.schedule.Frequency.HALF_YEARLY;
import static io.serviceops.training.schedule.Frequency.MONTHLY;
import static io.serviceops.training.schedule.Frequency.QUARTERLY;
import static io.serviceops.training.schedule.Frequency.YEARLY;

import io.serviceops.training.TrainingProperties;
import io.serviceops.training.schedule.Frequency;
import io.serviceops.training.schedule.Recurrence;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Seeds the culture trainings and drills of DOMAIN.md §3 plus the two retraining programmes the
 * remedial rules point at. Existing programmes are left alone, so operators' edits survive restarts.
 */
@Component
@Order(10)
class DefaultProgrammes implements ApplicationRunner {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private final Programmes programmes;
    private final TrainingProperties properties;
    private final Clock clock;

    DefaultProgrammes(Programmes programmes, TrainingProperties properties, Clock clock) {
        this.programmes = programmes;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeds().stream().filter(seed -> !programmes.existsById(seed.id())).forEach(this::insert);
    }

    private void insert(Programme seed) {
        try {
            programmes.insert(seed);
        } catch (DuplicateKeyException anotherReplicaWasFirst) {
            // the seed is there, which is all that matters
        }
    }

    private List<Programme> seeds() {
        return List.of(
                seed("culture-service-philosophy", CULTURE, "Service philosophy", List.of(), TrainingFormat.GROUP_STUDY,
                        60, null, false, weekday(MONTHLY, FROM, 1, DayOfWeek.MONDAY, "10:00")),
                seed("culture-case-analysis", CULTURE, "Case analysis", List.of(), TrainingFormat.GROUP_DISCUSSION,
                        90, null, false, weekday(QUARTERLY, FROM, 2, DayOfWeek.WEDNESDAY, "14:00")),
                seed("culture-customer-psychology", CULTURE, "Customer psychology", List.of(), TrainingFormat.LECTURE,
                        120, null, false, day(YEARLY, LocalDate.of(2026, 3, 1), 15, "14:00")),
                seed("drill-complaint-handling", DRILL, "Complaint handling", List.of("CUSTOMER_SUPPORT"), TrainingFormat.DRILL,
                        90, 6, true, weekday(MONTHLY, FROM, -1, DayOfWeek.FRIDAY, "15:00")),
                seed("drill-reception-etiquette", DRILL, "Reception etiquette", List.of("FRONT_DESK"),
                        TrainingFormat.DRILL, 60, 6, true, weekday(QUARTERLY, FROM, 1, DayOfWeek.TUESDAY, "09:30")),
                seed("drill-product-knowledge", DRILL, "Product knowledge", List.of("SALES"), TrainingFormat.DRILL,
                        120, 12, true, day(HALF_YEARLY, FROM, 10, "14:00")),
                seed("retraining-standard-process", ADAPTIVE, "Standard process retraining", List.of(),
                        TrainingFormat.GROUP_STUDY, 90, 12, false, weekday(MONTHLY, FROM, 2, DayOfWeek.THURSDAY, "14:00")),
                seed("retraining-service-etiquette", ADAPTIVE, "Service etiquette retraining", List.of(),
                        TrainingFormat.GROUP_STUDY, 90, 12, false, weekday(MONTHLY, FROM, 3, DayOfWeek.THURSDAY, "14:00")));
    }

    private Programme seed(String id, ProgrammeKind kind, String topic, List<String> departments,
            TrainingFormat format, int minutes, Integer validityMonths, boolean mandatory, Recurrence schedule) {
        var details = new ProgrammeDetails(kind, topic, null, departments, List.of(), format, minutes, 20, 60.0,
                validityMonths, mandatory);
        return Programme.create(id, details, schedule, null, clock.instant());
    }

    private Recurrence weekday(Frequency frequency, LocalDate from, int week,
            DayOfWeek day, String time) {
        return Recurrence.onWeekday(frequency, from, LocalTime.parse(time), properties.zone(), week, day);
    }

    private Recurrence day(Frequency frequency, LocalDate from, int dayOfMonth,
            String time) {
        return Recurrence.onDayOfMonth(frequency, from, LocalTime.parse(time), properties.zone(), dayOfMonth);
    }
}
