/**
 * Serverless replications (replication configs and the replications they drive): the serverless adapter of
 * the shared run model ({@link io.dmstestkit.simulator.internal.run}).
 *
 * <p>How it fits together: {@link io.dmstestkit.simulator.internal.replication.ReplicationOperations}
 * registers the handlers; each config is one
 * {@link io.dmstestkit.simulator.internal.replication.ReplicationRecord} (the SDK {@code ReplicationConfig}
 * plus an immutable {@code RunHistory}); a StartReplication plans a run through {@code ReplicationRuns}
 * (the tables the mapping selects, the capacity the compute config asks for) and the shared planner.
 * What is the replication's own: its status names ({@code ReplicationStatus.KIND}), its start rules, the
 * Replication and TableStatistics shapes ({@code ReplicationView}, {@code TableStatisticsHandler}), and DCU
 * sizing ({@code CapacityUnits}). {@link io.dmstestkit.simulator.internal.replication.Replications} is the
 * query and incident API for the rest of the simulator.
 *
 * <p>Behaviour DMS does not document, chosen as the most plausible and documented where it is decided:
 *
 * <ul>
 *   <li>Every config has a replication, {@code created} until its first start (ReplicationView).
 *   <li>{@code start-replication} only until a run reaches {@code running}; {@code resume-processing} and
 *       {@code reload-target} only after; no resume after {@code FATAL_ERROR} (StartRules).
 *   <li>Parameter errors before state errors; resume-processing of full-load and reload-target of cdc are
 *       InvalidParameterValueException; CDC positions on full-load are InvalidParameterCombinationException;
 *       {@code server_time:}/{@code commit_time:} stop positions stop CDC at that time (StartOptions).
 *   <li>Modify and delete allowed while created, stopped or failed (ConfigHandlers).
 *   <li>Resume after a stop during the full load loads only the tables not completed; {@code cdc}
 *       replications count as 100% loaded once running (LoadProgress); tables cut by a stop show
 *       {@code Table cancelled} (TableViews).
 *   <li>Capacity: one DCU per 5 million rows within min/max; reused while still provisioned and the compute
 *       config is unchanged; {@code failed_provision} when a run halts while provisioning (Capacity,
 *       CapacityUnits).
 *   <li>DescribeReplicationTableStatistics before the first start is InvalidResourceStateFault
 *       (TableStatisticsHandler); CDC change rates and checkpoints are deterministic (CdcActivity).
 * </ul>
 */
package io.dmstestkit.simulator.internal.replication;
