package io.serviceops.kpi.alert;

import io.serviceops.conventions.access.StoreScope;
import io.serviceops.conventions.problem.NotFound;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Finds performance alerts within the caller's stores ({@link StoreScope}). */
@Service
public class AlertSearch {

    private final Alerts alerts;

    AlertSearch(Alerts alerts) {
        this.alerts = alerts;
    }

    /** One alert; another store's answers as a missing one. */
    public Alert find(String alertId) {
        Alert alert = alerts.findById(alertId).orElseThrow(() -> new NotFound("Alert", alertId));
        return StoreScope.ofCaller().visible(alert, alert.storeId(), () -> new NotFound("Alert", alertId));
    }

    /** Alerts of one staff member and/or store (null: any), narrowed to the caller's stores. */
    public Page<Alert> find(String staffId, String storeId, Pageable page) {
        StoreScope scope = StoreScope.ofCaller();
        Collection<String> stores = storeId != null ? (scope.includes(storeId) ? List.of(storeId) : List.of())
                : scope.isRestricted() ? scope.stores() : null;
        if (stores == null) {
            return staffId != null ? alerts.findByStaffId(staffId, page) : alerts.findAll(page);
        }
        return staffId != null ? alerts.findByStaffIdAndStoreIdIn(staffId, stores, page)
                : alerts.findByStoreIdIn(stores, page);
    }
}
