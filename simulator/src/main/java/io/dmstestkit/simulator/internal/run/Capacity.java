package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.Timings;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.databasemigration.model.ComputeConfig;
import software.amazon.awssdk.services.databasemigration.model.ProvisionData;

/**
 * The capacity of one run: provisioned during {@code provisioning_capacity}, or reused from the previous run
 * while that capacity is still provisioned. After a run ends, DMS keeps the capacity for
 * {@link Timings#deprovisionAfterStop()} and then releases it ({@code deprovisioning} → {@code deprovisioned}).
 * A run that halts while provisioning reports {@code failed_provision} (the API documentation spells it
 * FAILED_PROVISION; the lower-case form matches DMS's other state strings, assumed).
 *
 * @param provisioningFrom when provisioning starts; empty when the capacity is reused
 * @param provisionedAt when the capacity is (or was, if reused) provisioned
 * @param compute the compute config the capacity was sized for: a modified one needs new capacity
 */
public record Capacity(int units, Optional<Instant> provisioningFrom, Instant provisionedAt, ComputeConfig compute) {

    static final String PROVISIONING = "provisioning";
    static final String PROVISIONED = "provisioned";
    static final String DEPROVISIONING = "deprovisioning";
    static final String DEPROVISIONED = "deprovisioned";
    static final String FAILED_PROVISION = "failed_provision";

    static Capacity provision(int units, Instant from, Instant until, ComputeConfig compute) {
        return new Capacity(units, Optional.of(from), until, compute);
    }

    /** The same capacity, carried into a new run without provisioning. */
    Capacity reused() {
        return new Capacity(units, Optional.empty(), provisionedAt, compute);
    }

    /** When provisioning completes in this run; empty for reused capacity. */
    Optional<Instant> provisioningEnds() {
        return provisioningFrom.map(from -> provisionedAt);
    }

    /** The ProvisionData DMS shows at {@code now} for a run ending as {@code ending}; empty before provisioning. */
    Optional<ProvisionData> at(Instant now, Optional<Ending> ending, Timings timings) {
        if (isProvisionedBy(ending) && !now.isBefore(provisionedAt)) {
            return Optional.of(ProvisionData.builder()
                    .provisionState(stateAfterProvisioning(now, ending, timings))
                    .provisionedCapacityUnits(units)
                    .dateProvisioned(provisionedAt)
                    .isNewProvisioningAvailable(false)
                    .build());
        }
        Instant halt = ending.map(Ending::haltAt).orElse(Instant.MAX);
        if (provisioningFrom.isEmpty()
                || now.isBefore(provisioningFrom.get())
                || !provisioningFrom.get().isBefore(halt)) {
            return Optional.empty();
        }
        String state = now.isBefore(halt) ? PROVISIONING : FAILED_PROVISION;
        return Optional.of(ProvisionData.builder()
                .provisionState(state)
                .isNewProvisioningAvailable(false)
                .build());
    }

    /** When DMS releases the capacity: {@link Timings#deprovisionAfterStop()} after the run ended. */
    Optional<Instant> deprovisionAt(Optional<Ending> ending, Timings timings) {
        return ending.filter(e -> isProvisionedBy(ending)).map(e -> e.endedAt().plus(timings.deprovisionAfterStop()));
    }

    /** Whether a new run starting at {@code now} with {@code wanted} compute can use this capacity as it is. */
    boolean reusableAt(Instant now, Optional<Ending> ending, Timings timings, ComputeConfig wanted) {
        return compute.equals(wanted)
                && at(now, ending, timings)
                        .map(data -> PROVISIONED.equals(data.provisionState()))
                        .orElse(false);
    }

    /** The moments ProvisionData changes by itself. */
    Stream<Instant> changes(Optional<Ending> ending, Timings timings) {
        Optional<Instant> deprovision = deprovisionAt(ending, timings);
        return Stream.of(
                        provisioningFrom,
                        Optional.of(provisionedAt),
                        deprovision,
                        deprovision.map(at -> at.plus(timings.deprovisioning())))
                .flatMap(Optional::stream);
    }

    /** A failure at the very moment provisioning would complete wins: the capacity is never provisioned. */
    private boolean isProvisionedBy(Optional<Ending> ending) {
        return ending.map(e -> provisionedAt.isBefore(e.haltAt()) || (provisionedAt.equals(e.haltAt()) && !e.failed()))
                .orElse(true);
    }

    private String stateAfterProvisioning(Instant now, Optional<Ending> ending, Timings timings) {
        Optional<Instant> deprovision = deprovisionAt(ending, timings);
        if (deprovision.isEmpty() || now.isBefore(deprovision.get())) {
            return PROVISIONED;
        }
        return now.isBefore(deprovision.get().plus(timings.deprovisioning())) ? DEPROVISIONING : DEPROVISIONED;
    }
}
