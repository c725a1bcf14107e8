package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.internal.ServiceError;
import java.time.Instant;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskTypeValue;

/**
 * When a start is accepted, by the state of the resource (InvalidResourceStateFault otherwise), the same
 * for serverless replications and classic tasks:
 *
 * <ul>
 *   <li>only while idle: never started ({@code created} / {@code ready}), {@code stopped} or {@code failed};
 *   <li>{@code start-replication} only for the first run, which lasts until a run reaches {@code running}
 *       (a start that failed before running can simply be started again);
 *   <li>{@code resume-processing} and {@code reload-target} only after that (assumed, as dms-behavior.md
 *       notes), and {@code resume-processing} not after a {@code FATAL_ERROR}: a fatal error needs
 *       reload-target (plausible reading of the stop reasons; DMS does not document it).
 * </ul>
 *
 * <pre>{@code
 * StartRules.check("Replication task orders", "StartReplicationTaskType", history, options, now);
 * }</pre>
 */
public final class StartRules {

    private StartRules() {}

    /**
     * @param name how messages name the resource, e.g. {@code Replication orders}
     * @param typeMember the request member that carries the start type, e.g. {@code StartReplicationType}
     */
    public static void check(String name, String typeMember, RunHistory history, StartOptions options, Instant now) {
        RunKind kind = history.kind();
        String status = history.statusAt(now);
        if (!kind.isIdle(status)) {
            throw ServiceError.invalidResourceState(name + " is " + status + "; it can be started only when "
                    + kind.neverStarted() + ", stopped or failed");
        }
        boolean hasRun = history.hasRunBy(now);
        if (options.type() == StartReplicationTaskTypeValue.START_REPLICATION && hasRun) {
            throw ServiceError.invalidResourceState(name + " has run before: start-replication is valid only for the"
                    + " first run. Use resume-processing to continue or reload-target to load all tables again.");
        }
        if (options.type() != StartReplicationTaskTypeValue.START_REPLICATION && !hasRun) {
            throw ServiceError.invalidResourceState(
                    name + " has never run: the only valid " + typeMember + " for its first run is start-replication");
        }
        boolean fatal = history.current()
                .flatMap(run -> run.endingBy(now))
                .map(ending -> ending.reason() == StopReason.FATAL_ERROR)
                .orElse(false);
        if (options.type() == StartReplicationTaskTypeValue.RESUME_PROCESSING && fatal) {
            throw ServiceError.invalidResourceState(
                    name + " failed with a fatal error and cannot resume processing;" + " start it with reload-target");
        }
    }
}
