package io.serviceops.complaint.escalation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the escalation scan runs. When a case turns at risk or escalates is part of its SLA policy
 * ({@code atRiskPercent}, {@code escalatePercent}), so it stays fixed for the case.
 *
 * @param scheduled whether this replica scans on its own (tests call {@link EscalationScan#run()})
 * @param scanInterval pause between two scans
 * @param batchSize complaints loaded per query
 * @param maxBatchesPerScan bound on one scan's work, so it never holds the lock for long
 * @param lockAtMostFor how long a crashed replica can hold the scan lock
 */
@Validated
@ConfigurationProperties("serviceops.complaints.escalation")
record EscalationProperties(
        @DefaultValue("true") boolean scheduled,
        @NotNull @DefaultValue("30s") Duration scanInterval,
        @Min(1) @Max(1000) @DefaultValue("100") int batchSize,
        @Min(1) @DefaultValue("50") int maxBatchesPerScan,
        @NotNull @DefaultValue("5m") Duration lockAtMostFor) {
}
