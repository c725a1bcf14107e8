package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.internal.ServiceError;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.model.ComputeConfig;

/**
 * DMS capacity units (DCUs): the values DMS accepts in a {@link ComputeConfig} and the capacity the
 * simulator provisions.
 *
 * <p>The model documentation says MaxCapacityUnits "is the only DCU parameter you are required to specify"
 * and that MinCapacityUnits defaults to 1; the simulator refuses a missing maximum and fills in the minimum.
 * How DMS picks the provisioned capacity is not documented: the simulator takes one DCU per
 * {@value #ROWS_PER_UNIT} source rows, rounded up to a valid value and kept within min and max.
 */
final class CapacityUnits {

    static final List<Integer> VALID = List.of(1, 2, 4, 8, 16, 32, 64, 128, 192, 256, 384);
    static final int DEFAULT_MIN = 1;
    static final long ROWS_PER_UNIT = 5_000_000;

    private CapacityUnits() {}

    /** The compute config as stored: validated, with the documented default for MinCapacityUnits. */
    static ComputeConfig validated(ComputeConfig compute) {
        if (compute.maxCapacityUnits() == null) {
            throw ServiceError.invalidParameterValue("ComputeConfig.MaxCapacityUnits is required");
        }
        int max = requireValid("MaxCapacityUnits", compute.maxCapacityUnits());
        int min = compute.minCapacityUnits() == null
                ? DEFAULT_MIN
                : requireValid("MinCapacityUnits", compute.minCapacityUnits());
        if (min > max) {
            throw ServiceError.invalidParameterCombination(
                    "ComputeConfig.MinCapacityUnits (" + min + ") must not exceed MaxCapacityUnits (" + max + ")");
        }
        if (Boolean.TRUE.equals(compute.multiAZ()) && compute.availabilityZone() != null) {
            throw ServiceError.invalidParameterCombination(
                    "ComputeConfig.AvailabilityZone cannot be set when MultiAZ is true");
        }
        return compute.toBuilder().minCapacityUnits(min).build();
    }

    /** The capacity provisioned for a workload of {@code totalRows} rows. */
    static int provisionedFor(ComputeConfig compute, long totalRows) {
        long wanted = Math.max(1, (totalRows + ROWS_PER_UNIT - 1) / ROWS_PER_UNIT);
        int min = compute.minCapacityUnits() == null ? DEFAULT_MIN : compute.minCapacityUnits();
        int units = VALID.stream().filter(v -> v >= wanted).findFirst().orElse(VALID.get(VALID.size() - 1));
        return Math.max(min, Math.min(compute.maxCapacityUnits(), units));
    }

    private static int requireValid(String member, int value) {
        if (!VALID.contains(value)) {
            throw ServiceError.invalidParameterValue(
                    "ComputeConfig." + member + " must be one of " + VALID + " DMS capacity units, was " + value);
        }
        return value;
    }
}
