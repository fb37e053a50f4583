package io.serviceops.training.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.serviceops.training.TrainingProperties;
import io.serviceops.training.programme.Programme;
import io.serviceops.training.programme.ProgrammeDetails;
import io.serviceops.training.programme.ProgrammeKind;
import io.serviceops.training.programme.Programmes;
import io.serviceops.training.programme.TrainingFormat;
import io.serviceops.training.schedule.Frequency;
import io.serviceops.training.schedule.HolidayPolicy;
import io.serviceops.training.schedule.Recurrence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

class SessionGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Programmes programmes = mock(Programmes.class);
    private final Sessions sessions = mock(Sessions.class);
    private final Programme programme = mock(Programme.class);

    @Test
    void generatesUpToTheHorizonAndMovesAHolidaySessionToTheNextWorkingDay() {
        var generator = generator(List.of(LocalDate.of(2026, 12, 25)), HolidayPolicy.NEXT_WORKING_DAY);
        monthlyOnTheLastFriday();

        assertThat(generator.generate(programme)).isEqualTo(3);

        assertThat(inserted()).extracting(session -> session.plan().startsAt().atZone(SHANGHAI).toLocalDate())
                .containsExactly(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 29));
        assertThat(inserted().get(1).id()).isEqualTo("ses-prg-1-20261225T1500");
    }

    @Test
    void skipsAHolidaySessionWhenThePolicySaysSo() {
        var generator = generator(List.of(LocalDate.of(2026, 12, 25)), HolidayPolicy.SKIP);
        monthlyOnTheLastFriday();

        assertThat(generator.generate(programme)).isEqualTo(2);
    }

    @Test
    void withdrawsFutureSessionsTheRuleNoLongerGives() {
        var generator = generator(List.of(), HolidayPolicy.SKIP);
        monthlyOnTheLastFriday();
        var stale = Session.schedule("ses-prg-1-20261201T1500", new SessionPlan("prg-1", "DRILL", "Drill", null,
                NOW.plus(Duration.ofDays(8)), NOW.plus(Duration.ofDays(8)).plusSeconds(3600), 20, 60, null), true, NOW);
        when(sessions.findByPlanProgrammeIdAndPlanStartsAtAfter(eq("prg-1"), any())).thenReturn(List.of(stale));

        generator.generate(programme);

        assertThat(stale.status()).isEqualTo(SessionStatus.CANCELLED);
        verify(sessions).save(stale);
    }

    @Test
    void generatesNothingForAProgrammeWithoutRecurrence() {
        var generator = generator(List.of(), HolidayPolicy.SKIP);
        when(programme.id()).thenReturn("prg-1");

        assertThat(generator.generate(programme)).isZero();
        verify(sessions, never()).insert(any(Session.class));
    }

    private void monthlyOnTheLastFriday() {
        when(programme.id()).thenReturn("prg-1");
        when(programme.details()).thenReturn(new ProgrammeDetails(ProgrammeKind.DRILL, "Drill", null, List.of(),
                List.of(), TrainingFormat.DRILL, 60, 20, 60, null, false));
        when(programme.schedule()).thenReturn(Recurrence.onWeekday(Frequency.MONTHLY, LocalDate.of(2026, 1, 1),
                LocalTime.of(15, 0), SHANGHAI, -1, java.time.DayOfWeek.FRIDAY));
    }

    private List<Session> inserted() {
        ArgumentCaptor<Session> captor = ArgumentCaptor.forClass(Session.class);
        verify(sessions, org.mockito.Mockito.atLeastOnce()).insert(captor.capture());
        return new ArrayList<>(captor.getAllValues());
    }

    private SessionGenerator generator(List<LocalDate> holidays, HolidayPolicy policy) {
        var properties = new TrainingProperties(Duration.ofDays(70), Duration.ofHours(1), holidays, policy, SHANGHAI,
                Duration.ofDays(30), Duration.ofHours(6), Duration.ofSeconds(60), Map.of(), Map.of());
        return new SessionGenerator(programmes, sessions, properties, mock(ApplicationEventPublisher.class),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
