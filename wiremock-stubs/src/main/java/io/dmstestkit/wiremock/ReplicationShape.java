package io.dmstestkit.wiremock;

import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.wiremock.internal.stubs.ExampleArns;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.model.ProvisionData;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationStats;

/**
 * A canned serverless replication for static stubs, built on the SDK's own {@link Replication} model so
 * member names and timestamp formats are the real ones. Start from {@link DmsResponses#replication()}.
 *
 * <pre>{@code
 * ReplicationShape running = DmsResponses.replication()
 *     .identifier("orders-cutover")
 *     .status("running")
 *     .fullLoadProgress(100);
 * server.stubFor(DmsStubs.operation("DescribeReplications").willReturn(DmsResponses.describeReplications(running)));
 * }</pre>
 *
 * <p>Defaults: identifier {@code replication-1} with a stable ARN derived from it, status {@code running},
 * type {@code full-load-and-cdc}, created at {@link SimulatedClock#DEFAULT_START}. Anything else the model
 * has goes in through {@link #with}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReplicationShape {

    private static final String STOP_REASON_PREFIX = "Stop Reason ";

    private final Replication.Builder replication = Replication.builder()
            .replicationConfigIdentifier("replication-1")
            .status("running")
            .replicationType("full-load-and-cdc")
            .sourceEndpointArn(ExampleArns.of("endpoint", "source"))
            .targetEndpointArn(ExampleArns.of("endpoint", "target"))
            .replicationCreateTime(SimulatedClock.DEFAULT_START);
    private final ReplicationStats.Builder stats = ReplicationStats.builder();
    private boolean hasStats;
    private String identifier = "replication-1";
    private String arn;

    ReplicationShape() {}

    /** {@code ReplicationConfigIdentifier}; the ARN follows it unless set with {@link #arn}. */
    public ReplicationShape identifier(String identifier) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        replication.replicationConfigIdentifier(identifier);
        return this;
    }

    /** {@code ReplicationConfigArn}. */
    public ReplicationShape arn(String arn) {
        this.arn = Objects.requireNonNull(arn, "arn");
        return this;
    }

    /** {@code Status}, e.g. {@code running}, {@code stopped}, {@code failed}. */
    public ReplicationShape status(String status) {
        replication.status(status);
        return this;
    }

    /** {@code ReplicationType}: {@code full-load}, {@code cdc} or {@code full-load-and-cdc}. */
    public ReplicationShape replicationType(String type) {
        replication.replicationType(type);
        return this;
    }

    /** {@code ReplicationStats.FullLoadProgressPercent}. */
    public ReplicationShape fullLoadProgress(int percent) {
        return stats(s -> s.fullLoadProgressPercent(percent));
    }

    /** {@code ReplicationStats.TablesLoaded}. */
    public ReplicationShape tablesLoaded(int tables) {
        return stats(s -> s.tablesLoaded(tables));
    }

    /** {@code ReplicationStats.TablesErrored}. */
    public ReplicationShape tablesErrored(int tables) {
        return stats(s -> s.tablesErrored(tables));
    }

    /** Any other {@code ReplicationStats} member. */
    public ReplicationShape stats(Consumer<ReplicationStats.Builder> change) {
        change.accept(stats);
        hasStats = true;
        return this;
    }

    /** {@code StopReason}: the full string, or just its tail ({@code NORMAL} is {@code Stop Reason NORMAL}). */
    public ReplicationShape stopReason(String reason) {
        replication.stopReason(reason.startsWith(STOP_REASON_PREFIX) ? reason : STOP_REASON_PREFIX + reason);
        return this;
    }

    /** {@code FailureMessages}. */
    public ReplicationShape failureMessages(String... messages) {
        replication.failureMessages(messages);
        return this;
    }

    /** {@code ProvisionData.ProvisionState}, e.g. {@code provisioned}. */
    public ReplicationShape provisionState(String state) {
        replication.provisionData(ProvisionData.builder().provisionState(state).build());
        return this;
    }

    /** {@code ReplicationCreateTime}. */
    public ReplicationShape createdAt(Instant time) {
        replication.replicationCreateTime(time);
        return this;
    }

    /**
     * Anything else of the SDK model.
     *
     * <pre>{@code
     * replication().with(r -> r.cdcStartPosition("mysql-bin-changelog.000024:373"));
     * }</pre>
     */
    public ReplicationShape with(Consumer<Replication.Builder> change) {
        change.accept(replication);
        return this;
    }

    /** The SDK model object, as the stubs send it. */
    public Replication build() {
        Replication.Builder copy = replication.build().toBuilder()
                .replicationConfigArn(arn != null ? arn : ExampleArns.of("replication-config", identifier));
        if (hasStats) {
            copy.replicationStats(stats.build());
        }
        return copy.build();
    }
}
