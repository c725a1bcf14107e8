package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.run.StartOptions;
import io.dmstestkit.simulator.internal.run.StopReason;
import java.time.Instant;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskTypeValue;

/**
 * When StartReplication is accepted, by the state of the replication (InvalidResourceStateFault otherwise):
 *
 * <ul>
 *   <li>only while idle: {@code created}, {@code stopped} or {@code failed};
 *   <li>{@code start-replication} only for the first run, which lasts until a run reaches {@code running}
 *       (a start that failed before running can simply be started again);
 *   <li>{@code resume-processing} and {@code reload-target} only after that (assumed, as dms-behavior.md
 *       notes), and {@code resume-processing} not after a {@code FATAL_ERROR}: a fatal error needs
 *       reload-target (plausible reading of the stop reasons; DMS does not document it).
 * </ul>
 */
final class StartRules {

    private StartRules() {}

    static void check(ReplicationRecord record, StartOptions options, Instant now) {
        String status = record.statusAt(now);
        String name = "Replication " + record.identifier();
        if (!ReplicationStatus.isIdle(status)) {
            throw ServiceError.invalidResourceState(
                    name + " is " + status + "; it can be started only when created, stopped or failed");
        }
        boolean hasRun = record.history().hasRunBy(now);
        if (options.type() == StartReplicationTaskTypeValue.START_REPLICATION && hasRun) {
            throw ServiceError.invalidResourceState(name + " has run before: start-replication is valid only for the"
                    + " first run. Use resume-processing to continue or reload-target to load all tables again.");
        }
        if (options.type() != StartReplicationTaskTypeValue.START_REPLICATION && !hasRun) {
            throw ServiceError.invalidResourceState(name
                    + " has never run: the only valid StartReplicationType for its first run is start-replication");
        }
        boolean fatal = record.history()
                .current()
                .flatMap(run -> run.endingBy(now))
                .map(ending -> ending.reason() == StopReason.FATAL_ERROR)
                .orElse(false);
        if (options.type() == StartReplicationTaskTypeValue.RESUME_PROCESSING && fatal) {
            throw ServiceError.invalidResourceState(
                    name + " failed with a fatal error and cannot resume processing;" + " start it with reload-target");
        }
    }
}
