package io.dmstestkit.simulator;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How long a classic replication instance stays in each transient status, in virtual time. Real DMS
 * takes roughly 5 to 15 minutes to create an instance; the defaults sit in that range.
 *
 * <pre>{@code
 * SimulatorSettings settings = SimulatorSettings.builder()
 *     .instanceTimings(InstanceTimings.defaults().withCreating(Duration.ofMinutes(3)))
 *     .build();
 * }</pre>
 *
 * @param creating how long {@code creating} lasts before {@code available}
 * @param modifying how long {@code modifying} lasts when a change needs one (class, storage, Multi-AZ, version)
 * @param rebooting how long {@code rebooting} lasts
 * @param upgrading how long {@code upgrading} lasts when a maintenance action is applied
 * @param deleting how long {@code deleting} lasts before the instance is gone
 */
@API(status = API.Status.EXPERIMENTAL)
public record InstanceTimings(
        Duration creating, Duration modifying, Duration rebooting, Duration upgrading, Duration deleting) {

    public InstanceTimings {
        requireNotNegative("creating", creating);
        requireNotNegative("modifying", modifying);
        requireNotNegative("rebooting", rebooting);
        requireNotNegative("upgrading", upgrading);
        requireNotNegative("deleting", deleting);
    }

    /** About 10 minutes to create, 5 to modify, 2 to reboot, 10 to upgrade, 5 to delete. */
    public static InstanceTimings defaults() {
        return new InstanceTimings(
                Duration.ofMinutes(10),
                Duration.ofMinutes(5),
                Duration.ofMinutes(2),
                Duration.ofMinutes(10),
                Duration.ofMinutes(5));
    }

    /** Every transition takes one second: for tests that only care about the order. */
    public static InstanceTimings fast() {
        Duration second = Duration.ofSeconds(1);
        return new InstanceTimings(second, second, second, second, second);
    }

    /** These timings with another creation time. */
    public InstanceTimings withCreating(Duration duration) {
        return new InstanceTimings(duration, modifying, rebooting, upgrading, deleting);
    }

    /** These timings with another deletion time. */
    public InstanceTimings withDeleting(Duration duration) {
        return new InstanceTimings(creating, modifying, rebooting, upgrading, duration);
    }

    private static void requireNotNegative(String name, Duration duration) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + duration);
        }
    }
}
