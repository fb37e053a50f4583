package io.serviceops.kpi.alert.web;

import io.serviceops.conventions.access.StoreScopeDocs;
import io.serviceops.conventions.web.PageView;
import io.serviceops.conventions.web.Paging;
import io.serviceops.ids.Ids;
import io.serviceops.kpi.alert.Alert.AlertView;
import io.serviceops.kpi.alert.Alert;
import io.serviceops.kpi.alert.AlertSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/kpi/alerts")
@Tag(name = "Performance alerts", description = "Scores below a template's threshold, once per person, period and template")
class AlertController {

    /** Made of four parts, each an id or a date, joined by {@code ~}. */
    private static final String ALERT_ID = "^[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}(~[A-Za-z0-9._:@-]{1,64}){3}$";

    private final AlertSearch alerts;

    AlertController(AlertSearch alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    @Operation(summary = "Performance alerts, newest first, optionally of one staff member or store",
            description = StoreScopeDocs.LIST)
    PageView<AlertView> list(
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String staffId,
            @RequestParam(required = false) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String storeId,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be at least 0") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100")
            @Max(value = 100, message = "must be between 1 and 100") int size,
            @RequestParam(required = false) List<String> sort) {
        var pageable = Paging.of(page, size, sort, Set.of("raisedAt", "score", "staffId", "periodStart"),
                Sort.by(Sort.Order.desc("raisedAt")));
        return PageView.of(alerts.find(staffId, storeId, pageable).map(Alert::view));
    }

    @GetMapping("/{alertId}")
    @Operation(summary = "One alert; its id is staffId~period~periodStart~templateId", description = StoreScopeDocs.OBJECT)
    ResponseEntity<AlertView> get(@PathVariable @Pattern(regexp = ALERT_ID, message = "must be staffId~period~periodStart~templateId")
            String alertId) {
        return ResponseEntity.ok(alerts.find(alertId).view());
    }
}
