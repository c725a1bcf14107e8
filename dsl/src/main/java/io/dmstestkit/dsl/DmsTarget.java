package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.TableSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Where a scenario runs: the embedded simulator, a remote dms-testkit server (through its admin API), or
 * a plain DMS endpoint with no clock or faults. Every DMS call goes through the SDK {@link Session#client()};
 * the rest is what only a simulator can do, and a target that cannot do it says so clearly.
 *
 * <pre>{@code
 * DmsTarget target = DmsTargets.embedded(simulator);
 * ScenarioResult result = new ScenarioRunner(target).run(scenario);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public interface DmsTarget extends AutoCloseable {

    /** A short description for results, e.g. {@code embedded simulator}. */
    String describe();

    /** Starts an isolated session (its own account where the target supports it) for one scenario run. */
    Session open();

    @Override
    default void close() {}

    /** What a target can do beyond DMS calls; steps that need more fail before the scenario starts. */
    enum Capability {
        /** Moving virtual time (advance steps; waits that do not really wait). */
        CLOCK,
        /** Service faults (fault, disarmFaults steps). */
        FAULTS,
        /** State faults (fail, tableError, latencySpike, provisioningFails steps). */
        INCIDENTS,
        /** A journal of the calls made (expectCalls steps). */
        JOURNAL
    }

    /** One scenario run's view of the target. */
    interface Session extends AutoCloseable {

        /** What this session can do beyond DMS calls. */
        default java.util.Set<Capability> capabilities() {
            return java.util.EnumSet.allOf(Capability.class);
        }

        /** The SDK client every DMS call goes through. */
        DatabaseMigrationClient client();

        /** The target's current (virtual) time. */
        Instant now();

        /** Moves virtual time forward; targets without a clock throw {@link UnsupportedStepException}. */
        void advance(Duration duration);

        /**
         * Whether the clock moves only when advanced, so waits move virtual time and nothing sleeps (true), or
         * runs by itself (false).
         */
        boolean hasVirtualClock();

        /**
         * Whether waits on a clock that runs by itself ({@link #hasVirtualClock()} false) also move it on by
         * the poll interval at each poll, their deadlines on this target's clock. Polls still pause briefly in
         * wall time, so the clock, and whatever else uses the target, go on meanwhile; but a wait of hours of
         * DMS time ends in seconds whatever the clock's speed. A dms-testkit server with an accelerated clock
         * does this; by default waits really wait, in wall time.
         *
         * <pre>{@code
         * boolean fast = session.advancesClockWhilePolling();   // true on `dms-testkit serve` (accelerated)
         * }</pre>
         */
        default boolean advancesClockWhilePolling() {
            return false;
        }

        /**
         * Whether {@link #nextChange()} can tell when the session's resources next change by themselves, so
         * waits jump over empty time and know when nothing is planned.
         */
        default boolean knowsNextChange() {
            return false;
        }

        /**
         * The first scheduled change of this session's resources after now; empty when nothing is planned
         * (or the target cannot tell: see {@link #knowsNextChange()}).
         *
         * <pre>{@code
         * session.nextChange().ifPresent(at -> session.advance(Duration.between(session.now(), at)));
         * }</pre>
         */
        default Optional<Instant> nextChange() {
            return Optional.empty();
        }

        /** Declares the source tables of this session's account, so selection rules find their sizes. */
        void declareTables(List<TableSpec> tables);

        /** Arms a service fault for this session's account; returns its id. */
        String armFault(DmsFault fault);

        /** Disarms the faults this session armed. */
        void disarmFaults();

        /** Plans a state fault (fail, table error, latency spike, provisioning failure) on a resource by ARN. */
        void planIncident(String resourceArn, Step incident);

        /** The CDC latency of a replication, where the target can tell (DMS reports it only as a metric). */
        Optional<Duration> cdcLatency(String resourceArn);

        /** How many calls of an operation this session made, optionally naming a resource. */
        long countCalls(String operation, String resource);

        /**
         * The action items the last assessment of a migration project (name or ARN) reported. DMS writes
         * them only into the report files in S3, so only a simulator can tell; by default the target cannot.
         *
         * <pre>{@code
         * List<String> items = session.assessmentActionItems("hr-project");
         * }</pre>
         */
        default List<String> assessmentActionItems(String migrationProject) {
            throw new UnsupportedStepException("this target cannot read the action items of an assessment"
                    + " (DMS writes them only into the report files in S3)");
        }

        @Override
        default void close() {}
    }
}
