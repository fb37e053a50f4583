package io.serviceops.faults;

/** What CI output shows of each fault: what was injected and what was verified afterwards. */
final class Report {

    private Report() {
    }

    static void injected(String fault, String what) {
        System.out.println("[" + fault + "] INJECTED: " + what);
    }

    static void verified(String fault, String what) {
        System.out.println("[" + fault + "] VERIFIED: " + what);
    }
}
