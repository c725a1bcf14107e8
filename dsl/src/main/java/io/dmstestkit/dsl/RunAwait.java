package io.dmstestkit.dsl;

import io.dmstestkit.dsl.internal.await.AwaitLoop;
import io.dmstestkit.dsl.internal.await.Readers;
import io.dmstestkit.dsl.model.Durations;
import io.dmstestkit.simulator.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;

/**
 * The one wait engine of dms-testkit: polls a replication or data migration through the SDK until a
 * condition holds, remembers the statuses seen, fails fast when the run fails while something else is
 * awaited, and reports a timeout with the last state, the history and how to fix it. The scenario runner,
 * JUnit's {@code DmsAwait} and the Spock support all wait through it, so their messages read alike.
 *
 * <p>On a {@link Clock#virtual virtual} clock nothing sleeps: the wait moves the clock from poll to poll, and
 * when the target knows its next scheduled change it jumps to the first poll at or after it instead of
 * polling through empty time; when nothing is planned to change at all, the wait ends at once and says so.
 *
 * <pre>{@code
 * Replication running = RunAwait.of(RunAwait.Reader.replication(dms, "orders"), RunAwait.Clock.wall())
 *     .within(Duration.ofSeconds(30))
 *     .pollEvery(Duration.ofMillis(100))
 *     .until(RunAwait.Condition.status("running"));
 * }</pre>
 *
 * @param <T> the SDK model type read: {@code Replication} or {@code DataMigration}
 */
@API(
        status = API.Status.INTERNAL,
        consumers = {"io.dmstestkit.junit", "io.dmstestkit.spock"})
public final class RunAwait<T> {

    private final Reader<T> reader;
    private final Clock clock;
    private String title;
    private Duration within;
    private Duration pollEvery;
    private Speaker speaker = Speaker.TEST;
    private StatusHistory history;

    private RunAwait(Reader<T> reader, Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.title = reader.kind() + " '" + reader.reference() + "'";
    }

    /** A wait reading through {@code reader} on {@code clock}; set its limits before {@link #until}. */
    public static <T> RunAwait<T> of(Reader<T> reader, Clock clock) {
        return new RunAwait<>(reader, clock);
    }

    /** What messages call the run, {@code Replication 'orders'} by default. */
    public RunAwait<T> title(String text) {
        this.title = Objects.requireNonNull(text, "title");
        return this;
    }

    public RunAwait<T> within(Duration limit) {
        this.within = limit;
        return this;
    }

    public RunAwait<T> pollEvery(Duration interval) {
        this.pollEvery = interval;
        return this;
    }

    /** Whose words the messages use: a scenario's ({@code within}, steps) or a test's ({@code atMost}, calls). */
    public RunAwait<T> speaker(Speaker who) {
        this.speaker = Objects.requireNonNull(who, "speaker");
        return this;
    }

    /** Where the statuses seen go; by default a history of this wait alone, from its start. */
    public RunAwait<T> history(StatusHistory statuses) {
        this.history = statuses;
        return this;
    }

    /**
     * Polls until the condition holds; returns what the last poll read.
     *
     * @throws AwaitFailedError when the condition did not hold in time, or the run failed meanwhile
     */
    public T until(Condition<? super T> condition) {
        return AwaitLoop.<T>builder(reader, clock, condition)
                .title(title)
                .within(within)
                .pollEvery(pollEvery)
                .speaker(speaker)
                .history(history != null ? history : new StatusHistory(clock.now()))
                .build()
                .await();
    }

    /** Whose vocabulary a message uses: the words differ, the sentences do not. */
    public enum Speaker {
        /** A scenario: the limit is {@code within}, changes are steps. */
        SCENARIO("within", "the scenario", "step", "a fault or fail step of the scenario"),
        /** A test's own code: the limit is {@code atMost}, changes are DMS calls. */
        TEST("atMost", "the test", "call", "an injected fault or incident");

        private final String limit;
        private final String who;
        private final String change;
        private final String cause;

        Speaker(String limit, String who, String change, String cause) {
            this.limit = limit;
            this.who = who;
            this.change = change;
            this.cause = cause;
        }

        /** What usually makes a run fail here: a scenario's fault or fail step, a test's injected fault. */
        public String cause() {
            return cause;
        }

        /** The option that sets the wait's limit: {@code within} or {@code atMost}. */
        public String limit() {
            return limit;
        }

        /** {@code the scenario} or {@code the test}. */
        public String who() {
            return who;
        }

        /** What makes a run change: a scenario's {@code step}, a test's {@code call}. */
        public String change() {
            return change;
        }
    }

    /**
     * Reads the awaited run through the SDK client, as the code under test would poll it: empty while DMS
     * describes nothing yet.
     *
     * @param <T> the SDK model type
     */
    public interface Reader<T> {

        /** {@link RunState#REPLICATION}, {@link RunState#DATA_MIGRATION}, a task's or an instance's kind. */
        String kind();

        /** The identifier, name or ARN read. */
        String reference();

        Optional<T> read();

        RunState state(T value);

        /** What a read that finds nothing reports: no status, by default. */
        default RunState absent() {
            return RunState.absent(kind(), reference());
        }

        /** The replication of a config (ARN or identifier), read through {@code client}. */
        static Reader<Replication> replication(DatabaseMigrationClient client, String configArnOrId) {
            return Readers.replication(client, configArnOrId);
        }

        /** A data migration (ARN or name), read through {@code client}. */
        static Reader<DataMigration> dataMigration(DatabaseMigrationClient client, String arnOrName) {
            return Readers.dataMigration(client, arnOrName);
        }

        /** A classic replication task (ARN or identifier), read through {@code client}. */
        static Reader<ReplicationTask> replicationTask(DatabaseMigrationClient client, String arnOrId) {
            return Readers.replicationTask(client, arnOrId);
        }

        /** A replication instance (ARN or identifier), read through {@code client}. */
        static Reader<ReplicationInstance> replicationInstance(DatabaseMigrationClient client, String arnOrId) {
            return Readers.replicationInstance(client, arnOrId);
        }
    }

    /**
     * The clock a wait runs on, and what it knows about the future.
     *
     * @param mode how time passes between polls
     * @param time the target's current (virtual) time
     * @param advance moves the clock forward; unused in {@link Mode#WALL}
     * @param nextChange the next scheduled change of the awaited run's account after now (empty: none is
     *     planned); null when the target cannot tell
     */
    public record Clock(
            Mode mode, Supplier<Instant> time, Consumer<Duration> advance, Supplier<Optional<Instant>> nextChange) {

        public Clock {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(time, "time");
        }

        /** How time passes between polls. */
        public enum Mode {
            /** Moves only when advanced: the wait moves it; nothing sleeps; limits are virtual time. */
            VIRTUAL,
            /**
             * Runs by itself and may be moved on: polls pause briefly in wall time and each also moves the
             * clock by the poll interval; the limit is on the target's clock.
             */
            RUNNING_MOVED_ON,
            /** No clock of ours (a real endpoint): the wait waits in wall time. */
            WALL
        }

        /** A clock that moves only when advanced; {@code nextChange} null when the target cannot tell. */
        public static Clock virtual(
                Supplier<Instant> now, Consumer<Duration> advance, Supplier<Optional<Instant>> nextChange) {
            return new Clock(Mode.VIRTUAL, now, Objects.requireNonNull(advance, "advance"), nextChange);
        }

        /**
         * The clock of an in-process simulator: virtual (jumping to {@code nextChange}) when its clock is manual;
         * otherwise wall time, with the simulator's clock for the history.
         */
        public static Clock of(SimulatedClock clock, Supplier<Optional<Instant>> nextChange) {
            return clock.isManual()
                    ? virtual(clock::now, clock::advance, nextChange)
                    : new Clock(Mode.WALL, clock::now, duration -> {}, null);
        }

        /** A clock that runs by itself, moved on by the poll interval at each poll. */
        public static Clock runningMovedOn(Supplier<Instant> now, Consumer<Duration> advance) {
            return new Clock(Mode.RUNNING_MOVED_ON, now, Objects.requireNonNull(advance, "advance"), null);
        }

        /** Wall time only. */
        public static Clock wall() {
            return new Clock(Mode.WALL, Instant::now, duration -> {}, null);
        }

        public Instant now() {
            return time.get();
        }

        /** Whether the limit is measured on a clock of ours, so messages say {@code (virtual)}. */
        public boolean isVirtual() {
            return mode != Mode.WALL;
        }

        /** Whether this clock can tell the next scheduled change. */
        public boolean knowsChanges() {
            return nextChange != null;
        }
    }

    /**
     * What a wait waits for, with the words its messages use.
     *
     * @param description {@code status 'running'}, for messages
     * @param test whether a read meets it
     * @param actual what a read shows instead, for messages
     * @param awaitedStatus the status waited for, if it is a status condition (for the how-to-fix line)
     * @param continuous whether what it looks at moves between scheduled changes (full-load rows): such a
     *     wait polls at its interval while tables load instead of jumping to the next change
     * @param <T> the SDK model type
     */
    public record Condition<T>(
            String description,
            BiPredicate<T, RunState> test,
            Function<RunState, String> actual,
            String awaitedStatus,
            boolean continuous) {

        /** The status, ignoring case: {@code status("running")} also accepts a data migration's RUNNING. */
        public static <T> Condition<T> status(String status) {
            return new Condition<>(
                    "status '" + status + "'",
                    (value, state) -> state.hasStatus(status),
                    RunState::statusPhrase,
                    status,
                    false);
        }

        /** The full load at or beyond a percentage. */
        public static <T> Condition<T> fullLoadAtLeast(int percent) {
            return new Condition<>(
                    "full load at least " + percent + "%",
                    (value, state) -> state.fullLoadPercent() >= percent,
                    state -> "full load " + state.fullLoadPercent() + "% (" + state.statusPhrase() + ")",
                    null,
                    true);
        }

        /** At least this many tables fully loaded. */
        public static <T> Condition<T> tablesLoadedAtLeast(int tables) {
            return new Condition<>(
                    "at least " + tables + " tables loaded",
                    (value, state) -> state.tablesLoaded() >= tables,
                    state -> state.tablesLoaded() + " tables loaded (" + state.statusPhrase() + ")",
                    null,
                    false);
        }

        /** CDC latency reported and below a duration. */
        public static <T> Condition<T> cdcLatencyBelow(Duration latency) {
            return new Condition<>(
                    "CDC latency below " + Durations.format(latency),
                    (value, state) -> state.cdcLatency()
                            .map(l -> l.compareTo(latency) < 0)
                            .orElse(false),
                    state -> state.cdcLatency()
                            .map(l -> "CDC latency " + Durations.format(l) + " (" + state.statusPhrase() + ")")
                            .orElse("no CDC latency reported (" + state.statusPhrase() + ")"),
                    null,
                    true);
        }

        /** One table ({@code schema.table}) in a table state, ignoring case; needs a reader of table states. */
        public static <T> Condition<T> tableState(String table, String state) {
            return new Condition<>(
                    "table " + table + " in state '" + state + "'",
                    (value, read) -> state.equalsIgnoreCase(read.tableStates().get(table)),
                    read -> read.tableStates().containsKey(table)
                            ? "table " + table + " in state '"
                                    + read.tableStates().get(table) + "'"
                            : "no table " + table + " (" + read.statusPhrase() + ")",
                    null,
                    false);
        }

        /** A predicate of your own on what DMS describes; {@code description} names it in messages. */
        public static <T> Condition<T> custom(String description, Predicate<? super T> predicate) {
            return new Condition<>(
                    description, (value, state) -> predicate.test(value), RunState::statusPhrase, null, true);
        }

        /** Whether the wait is for the run to fail, so a failed run is no reason to stop early. */
        public boolean awaitsFailure() {
            return awaitedStatus != null && awaitedStatus.equalsIgnoreCase("failed");
        }
    }
}
