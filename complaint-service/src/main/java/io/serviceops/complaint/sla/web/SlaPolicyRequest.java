package io.serviceops.complaint.sla.web;

import io.serviceops.complaint.sla.BusinessCalendar;
import io.serviceops.complaint.sla.CalendarMode;
import io.serviceops.complaint.sla.Priority;
import io.serviceops.complaint.sla.SlaPolicyDraft;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

@Schema(description = "The next version of a type's SLA policy")
record SlaPolicyRequest(
        @Schema(example = "PT4H") @NotNull(message = "is required") Duration firstResponse,
        @Schema(example = "PT24H") @NotNull(message = "is required") Duration resolution,
        @Schema(example = "{\"URGENT\": 50, \"HIGH\": 75}", description = "Percent of the budgets per priority; missing = 100")
        Map<Priority, @Min(value = 1, message = "must be 1 to 100") @Max(value = 100, message = "must be 1 to 100") Integer> percentByPriority,
        @Schema(example = "75") @Min(value = 1, message = "must be 1 to 100") @Max(value = 100, message = "must be 1 to 100") int atRiskPercent,
        @Schema(example = "100") @Min(value = 1, message = "must be 1 to 100") @Max(value = 100, message = "must be 1 to 100") int escalatePercent,
        @NotNull(message = "is required") @Valid CalendarRequest calendar,
        @Schema(example = "P7D", description = "Resolved cases without the customer's confirmation close after this; "
                + "leave out to keep them open until closed by hand") Duration confirmationWindow) {

    record CalendarRequest(
            @Schema(example = "BUSINESS_HOURS") @NotNull(message = "is required") CalendarMode mode,
            @Schema(example = "Asia/Shanghai") ZoneId zone,
            @Schema(example = "09:00") LocalTime opens,
            @Schema(example = "18:00") LocalTime closes,
            @Schema(example = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]") Set<DayOfWeek> workingDays,
            @Schema(example = "[\"2026-10-01\"]") @Size(max = 400, message = "must list at most 400 days") Set<LocalDate> holidays) {

        @AssertTrue(message = "business hours need zone, opens before closes, and at least one working day")
        boolean isComplete() {
            return mode != CalendarMode.BUSINESS_HOURS || zone != null && opens != null && closes != null
                    && opens.isBefore(closes) && workingDays != null && !workingDays.isEmpty();
        }

        BusinessCalendar toCalendar() {
            return mode == CalendarMode.CALENDAR_HOURS ? BusinessCalendar.calendarHours()
                    : new BusinessCalendar(mode, zone, opens, closes, EnumSet.copyOf(workingDays), holidays);
        }
    }

    @AssertTrue(message = "must be positive, and the first response must not be later than the resolution")
    boolean isBudgets() {
        if (confirmationWindow != null && (confirmationWindow.isNegative() || confirmationWindow.isZero())) {
            return false;
        }
        return firstResponse == null || resolution == null
                || !firstResponse.isNegative() && !firstResponse.isZero() && firstResponse.compareTo(resolution) <= 0;
    }

    SlaPolicyDraft toDraft() {
        return new SlaPolicyDraft(firstResponse, resolution, percentByPriority == null ? Map.of() : percentByPriority,
                atRiskPercent, escalatePercent, calendar.toCalendar(), confirmationWindow);
    }
}
