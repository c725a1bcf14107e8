package io.dmstestkit.wiremock;

import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.wiremock.internal.stubs.ExampleArns;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskStats;

/**
 * A canned classic replication task for static stubs, built on the SDK's own {@link ReplicationTask} model
 * so member names and timestamp formats are the real ones. Start from {@link DmsResponses#replicationTask()}.
 *
 * <pre>{@code
 * ReplicationTaskShape running = DmsResponses.replicationTask()
 *     .identifier("orders-cutover")
 *     .status("running")
 *     .fullLoadProgress(100);
 * server.stubFor(DmsStubs.operation("DescribeReplicationTasks")
 *     .willReturn(DmsResponses.describeReplicationTasks(running)));
 * }</pre>
 *
 * <p>Defaults: identifier {@code task-1} with a stable ARN derived from it (kind {@code task}, as DMS names
 * task ARNs), status {@code ready}, migration type {@code full-load-and-cdc}, on the instance of
 * {@link ReplicationInstanceShape}'s default identifier, created at {@link SimulatedClock#DEFAULT_START}.
 * Anything else the model has goes in through {@link #with}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReplicationTaskShape {

    private static final String STOP_REASON_PREFIX = "Stop Reason ";

    private final ReplicationTask.Builder task = ReplicationTask.builder()
            .replicationTaskIdentifier("task-1")
            .status("ready")
            .migrationType("full-load-and-cdc")
            .sourceEndpointArn(ExampleArns.of("endpoint", "source"))
            .targetEndpointArn(ExampleArns.of("endpoint", "target"))
            .replicationInstanceArn(ExampleArns.of("rep", ReplicationInstanceShape.DEFAULT_IDENTIFIER))
            .replicationTaskCreationDate(SimulatedClock.DEFAULT_START);
    private final ReplicationTaskStats.Builder stats = ReplicationTaskStats.builder();
    private boolean hasStats;
    private String identifier = "task-1";
    private String arn;

    ReplicationTaskShape() {}

    /** {@code ReplicationTaskIdentifier}; the ARN follows it unless set with {@link #arn}. */
    public ReplicationTaskShape identifier(String identifier) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        task.replicationTaskIdentifier(identifier);
        return this;
    }

    /** {@code ReplicationTaskArn}. */
    public ReplicationTaskShape arn(String arn) {
        this.arn = Objects.requireNonNull(arn, "arn");
        return this;
    }

    /** {@code Status}, e.g. {@code ready}, {@code starting}, {@code running}, {@code stopped}, {@code failed}. */
    public ReplicationTaskShape status(String status) {
        task.status(status);
        return this;
    }

    /** {@code MigrationType}: {@code full-load}, {@code cdc} or {@code full-load-and-cdc}. */
    public ReplicationTaskShape migrationType(String type) {
        task.migrationType(type);
        return this;
    }

    /** {@code ReplicationInstanceArn}. */
    public ReplicationTaskShape replicationInstanceArn(String instanceArn) {
        task.replicationInstanceArn(instanceArn);
        return this;
    }

    /** {@code ReplicationTaskStats.FullLoadProgressPercent}. */
    public ReplicationTaskShape fullLoadProgress(int percent) {
        return stats(s -> s.fullLoadProgressPercent(percent));
    }

    /** {@code ReplicationTaskStats.TablesLoaded}. */
    public ReplicationTaskShape tablesLoaded(int tables) {
        return stats(s -> s.tablesLoaded(tables));
    }

    /** {@code ReplicationTaskStats.TablesErrored}. */
    public ReplicationTaskShape tablesErrored(int tables) {
        return stats(s -> s.tablesErrored(tables));
    }

    /** Any other {@code ReplicationTaskStats} member. */
    public ReplicationTaskShape stats(Consumer<ReplicationTaskStats.Builder> change) {
        change.accept(stats);
        hasStats = true;
        return this;
    }

    /** {@code StopReason}: the full string, or just its tail ({@code NORMAL} is {@code Stop Reason NORMAL}). */
    public ReplicationTaskShape stopReason(String reason) {
        task.stopReason(reason.startsWith(STOP_REASON_PREFIX) ? reason : STOP_REASON_PREFIX + reason);
        return this;
    }

    /** {@code LastFailureMessage}. */
    public ReplicationTaskShape lastFailureMessage(String message) {
        task.lastFailureMessage(message);
        return this;
    }

    /** {@code ReplicationTaskCreationDate}. */
    public ReplicationTaskShape createdAt(Instant time) {
        task.replicationTaskCreationDate(time);
        return this;
    }

    /** {@code ReplicationTaskStartDate}. */
    public ReplicationTaskShape startedAt(Instant time) {
        task.replicationTaskStartDate(time);
        return this;
    }

    /**
     * Anything else of the SDK model.
     *
     * <pre>{@code
     * replicationTask().with(t -> t.recoveryCheckpoint("checkpoint:V1#27#mysql-bin-changelog.000024:373"));
     * }</pre>
     */
    public ReplicationTaskShape with(Consumer<ReplicationTask.Builder> change) {
        change.accept(task);
        return this;
    }

    /** The SDK model object, as the stubs send it. */
    public ReplicationTask build() {
        ReplicationTask.Builder copy =
                task.build().toBuilder().replicationTaskArn(arn != null ? arn : ExampleArns.of("task", identifier));
        if (hasStats) {
            copy.replicationTaskStats(stats.build());
        }
        return copy.build();
    }
}
