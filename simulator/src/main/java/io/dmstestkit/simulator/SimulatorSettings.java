package io.dmstestkit.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Everything that shapes a simulator's behaviour, in one immutable value.
 *
 * <pre>{@code
 * SimulatorSettings settings = SimulatorSettings.builder()
 *     .defaultRegion("eu-west-1")
 *     .timings(Timings.fast())
 *     .advanceOnPoll(true)
 *     .build();
 * }</pre>
 *
 * @param defaultAccount account id used when a request's access key id is not a 12-digit account id
 * @param defaultRegion region used when a request carries no SigV4 credential scope
 * @param timings durations of every simulated step
 * @param defaultTables tables that wildcard selection rules match when no tables were declared
 * @param defaultRowsPerTable rows of a table named explicitly in a selection rule but never declared
 * @param seed seed for generated identifiers, so the same calls give the same ARNs
 * @param advanceOnPoll when set, each Describe call first moves a manual clock to the next scheduled
 *     change (or by {@code pollStep} when nothing is scheduled), so polling code sees the lifecycle in
 *     a few calls whatever it sleeps
 * @param pollStep how far an advance-on-poll read moves time when nothing is scheduled; empty: not at all
 * @param instanceTimings how long classic replication instances take to create, modify, reboot, delete
 */
@API(status = API.Status.EXPERIMENTAL)
public record SimulatorSettings(
        String defaultAccount,
        String defaultRegion,
        Timings timings,
        List<TableSpec> defaultTables,
        long defaultRowsPerTable,
        long seed,
        boolean advanceOnPoll,
        Optional<Duration> pollStep,
        InstanceTimings instanceTimings) {

    public static final String DEFAULT_ACCOUNT = "000000000000";
    public static final String DEFAULT_REGION = "us-east-1";

    public SimulatorSettings {
        Objects.requireNonNull(defaultAccount, "defaultAccount");
        if (!defaultAccount.matches("\\d{12}")) {
            throw new IllegalArgumentException("defaultAccount must be 12 digits, was '" + defaultAccount + "'");
        }
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        Objects.requireNonNull(timings, "timings");
        defaultTables = List.copyOf(defaultTables);
        Objects.requireNonNull(pollStep, "pollStep");
        Objects.requireNonNull(instanceTimings, "instanceTimings");
    }

    /** The defaults: account 000000000000, us-east-1, {@link Timings#defaults()}, five sample tables. */
    public static SimulatorSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .defaultAccount(defaultAccount)
                .defaultRegion(defaultRegion)
                .timings(timings)
                .defaultTables(defaultTables)
                .defaultRowsPerTable(defaultRowsPerTable)
                .seed(seed)
                .advanceOnPoll(advanceOnPoll)
                .pollStep(pollStep.orElse(null))
                .instanceTimings(instanceTimings);
    }

    /** Builds {@link SimulatorSettings}; every setter has a sensible default. */
    public static final class Builder {
        private String defaultAccount = DEFAULT_ACCOUNT;
        private String defaultRegion = DEFAULT_REGION;
        private Timings timings = Timings.defaults();
        private List<TableSpec> defaultTables = List.of(
                TableSpec.of("public", "customers", 100_000),
                TableSpec.of("public", "orders", 1_000_000),
                TableSpec.of("public", "order_lines", 4_000_000),
                TableSpec.of("public", "products", 20_000),
                TableSpec.of("public", "invoices", 500_000));
        private long defaultRowsPerTable = 100_000;
        private long seed = 42;
        private boolean advanceOnPoll;
        private Duration pollStep;
        private InstanceTimings instanceTimings = InstanceTimings.defaults();

        public Builder defaultAccount(String account) {
            this.defaultAccount = account;
            return this;
        }

        public Builder defaultRegion(String region) {
            this.defaultRegion = region;
            return this;
        }

        public Builder timings(Timings timings) {
            this.timings = timings;
            return this;
        }

        public Builder defaultTables(List<TableSpec> tables) {
            this.defaultTables = tables;
            return this;
        }

        public Builder defaultRowsPerTable(long rows) {
            this.defaultRowsPerTable = rows;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder advanceOnPoll(boolean advanceOnPoll) {
            this.advanceOnPoll = advanceOnPoll;
            return this;
        }

        public Builder pollStep(Duration step) {
            this.pollStep = step;
            return this;
        }

        public Builder instanceTimings(InstanceTimings timings) {
            this.instanceTimings = timings;
            return this;
        }

        public SimulatorSettings build() {
            return new SimulatorSettings(
                    defaultAccount,
                    defaultRegion,
                    timings,
                    defaultTables,
                    defaultRowsPerTable,
                    seed,
                    advanceOnPoll,
                    Optional.ofNullable(pollStep),
                    instanceTimings);
        }
    }
}
