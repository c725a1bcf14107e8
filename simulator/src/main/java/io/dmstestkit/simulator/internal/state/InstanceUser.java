package io.dmstestkit.simulator.internal.state;

/**
 * A resource that runs on a replication instance (a replication task), so an instance in use cannot be
 * deleted. The twin of {@link EndpointUser}.
 */
public interface InstanceUser {
    boolean usesInstance(String replicationInstanceArn);

    /** The size of the task log this user writes on its instance by {@code now} (DescribeReplicationInstanceTaskLogs). */
    default long taskLogSizeAt(java.time.Instant now) {
        return 0;
    }

    /** How the user is named in messages, e.g. "replication task orders-full-load". */
    String describeForUser();
}
