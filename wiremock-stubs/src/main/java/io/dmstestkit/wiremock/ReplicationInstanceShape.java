package io.dmstestkit.wiremock;

import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.wiremock.internal.stubs.ExampleArns;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;

/**
 * A canned replication instance for static stubs, built on the SDK's own {@link ReplicationInstance} model
 * so member names and timestamp formats are the real ones. Start from
 * {@link DmsResponses#replicationInstance()}.
 *
 * <pre>{@code
 * server.stubFor(DmsStubs.operation("DescribeReplicationInstances")
 *     .willReturn(DmsResponses.describeReplicationInstances(
 *         DmsResponses.replicationInstance().identifier("orders-instance").status("available"))));
 * }</pre>
 *
 * <p>Defaults: identifier {@value #DEFAULT_IDENTIFIER} with a stable ARN derived from it (kind {@code rep},
 * as DMS names instance ARNs), status {@code available}, class {@code dms.t3.medium}, 50 GiB, engine
 * version 3.5.3, created at {@link SimulatedClock#DEFAULT_START}. Anything else the model has goes in
 * through {@link #with}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReplicationInstanceShape {

    /** The identifier of an instance whose identifier is not set; tasks of {@link ReplicationTaskShape} run on it. */
    public static final String DEFAULT_IDENTIFIER = "instance-1";

    private final ReplicationInstance.Builder instance = ReplicationInstance.builder()
            .replicationInstanceIdentifier(DEFAULT_IDENTIFIER)
            .replicationInstanceStatus("available")
            .replicationInstanceClass("dms.t3.medium")
            .allocatedStorage(50)
            .engineVersion("3.5.3")
            .multiAZ(false)
            .publiclyAccessible(false)
            .instanceCreateTime(SimulatedClock.DEFAULT_START);
    private String identifier = DEFAULT_IDENTIFIER;
    private String arn;

    ReplicationInstanceShape() {}

    /** {@code ReplicationInstanceIdentifier}; the ARN follows it unless set with {@link #arn}. */
    public ReplicationInstanceShape identifier(String identifier) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        instance.replicationInstanceIdentifier(identifier);
        return this;
    }

    /** {@code ReplicationInstanceArn}. */
    public ReplicationInstanceShape arn(String arn) {
        this.arn = Objects.requireNonNull(arn, "arn");
        return this;
    }

    /** {@code ReplicationInstanceStatus}, e.g. {@code creating}, {@code available}, {@code storage-full}. */
    public ReplicationInstanceShape status(String status) {
        instance.replicationInstanceStatus(status);
        return this;
    }

    /** {@code ReplicationInstanceClass}, e.g. {@code dms.r5.large}. */
    public ReplicationInstanceShape instanceClass(String instanceClass) {
        instance.replicationInstanceClass(instanceClass);
        return this;
    }

    /** {@code AllocatedStorage}, in GiB. */
    public ReplicationInstanceShape allocatedStorage(int gib) {
        instance.allocatedStorage(gib);
        return this;
    }

    /** {@code EngineVersion}. */
    public ReplicationInstanceShape engineVersion(String version) {
        instance.engineVersion(version);
        return this;
    }

    /** {@code InstanceCreateTime}. */
    public ReplicationInstanceShape createdAt(Instant time) {
        instance.instanceCreateTime(time);
        return this;
    }

    /**
     * Anything else of the SDK model.
     *
     * <pre>{@code
     * replicationInstance().with(i -> i.multiAZ(true).availabilityZone("us-east-1a"));
     * }</pre>
     */
    public ReplicationInstanceShape with(Consumer<ReplicationInstance.Builder> change) {
        change.accept(instance);
        return this;
    }

    /** The SDK model object, as the stubs send it. */
    public ReplicationInstance build() {
        return instance.build().toBuilder()
                .replicationInstanceArn(arn != null ? arn : ExampleArns.of("rep", identifier))
                .build();
    }
}
