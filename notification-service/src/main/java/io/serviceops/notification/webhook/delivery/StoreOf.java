package io.serviceops.notification.webhook.delivery;

import java.lang.reflect.RecordComponent;

/** The store an event is about, for subscriptions filtered by store: its {@code storeId} field, if it has one. */
final class StoreOf {

    private StoreOf() {
    }

    static String event(Object data) {
        if (!data.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : data.getClass().getRecordComponents()) {
            if (component.getName().equals("storeId")) {
                try {
                    Object value = component.getAccessor().invoke(data);
                    return value == null ? null : value.toString();
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
