/**
 * Homogeneous data migrations (DMS "data migrations" of a migration project) and their prerequisites:
 * instance profiles, data providers and migration projects.
 *
 * <p>Runs are those of the shared run model ({@link io.dmstestkit.simulator.internal.run}); this package
 * adds the data migration's status names ({@code DataMigrationStatus.KIND}), its start rules
 * ({@code DataMigrationRunOperations}) and its shapes ({@code DataMigrationView}, {@code RunStatistics}).
 *
 * <p>Behaviour the API model does not pin down, simulated as the most plausible choice (marked
 * <i>assumed</i> in dms-behavior.md or decided here), each kept in one place so it is easy to change:
 *
 * <ul>
 *   <li>Names: validated like other DMS identifiers, unique per kind and account (case-insensitive,
 *       ResourceAlreadyExistsFault); when none is given, {@code <kind>-<ARN id in lower case>}.
 *       Everything the model calls an "identifier" accepts the name or the ARN.
 *   <li>Deleting an instance profile or data provider that a migration project uses, or a migration
 *       project that has a data migration: InvalidResourceStateFault.
 *   <li>{@code DataMigrationStatus} is upper case; a new migration is {@code READY} at once (its history
 *       shows {@code CREATING} first), so Create then Start works at the same virtual instant.
 *   <li>A run: {@code STARTING} for {@code Timings.dataMigrationStartup()}, then {@code RUNNING};
 *       a {@code full-load} run goes {@code STOPPING} → {@code STOPPED} ({@code Timings.stopping()})
 *       by itself when the load is done, with {@code Stop Reason FULL_LOAD_ONLY_FINISHED}; a user stop
 *       does the same with {@code Stop Reason NORMAL}. Stop is accepted while {@code STARTING} or
 *       {@code RUNNING}; Modify and Delete are refused while a run is under way.
 *   <li>Start types: see {@link io.dmstestkit.simulator.internal.datamigration.DataMigrationRunOperations}.
 *   <li>Failures (planned {@link io.dmstestkit.simulator.DmsIncident}s) end the run with {@code FAILED},
 *       the incident's message as {@code LastFailureMessage} and {@code Stop Reason FATAL_ERROR} or
 *       {@code Stop Reason RECOVERABLE_ERROR}; both can be resumed (serverless replications refuse
 *       resume-processing after a fatal error). A provisioning failure is refused: nothing is provisioned.
 *   <li>Statistics: table counts and {@code FullLoadPercentage} from the run's full load, tables loaded
 *       by an earlier run of the same fresh start counted as loaded (none for CDC-only runs, which report
 *       no tables); {@code CDCLatency} in whole seconds, only while a CDC run is past its full load.
 *       {@code NumberOfJobs} is stored but does not change the load's parallelism
 *       ({@code Timings.parallelTables()} does).
 *   <li>Filters of DescribeDataMigrations: {@code data-migration-name}, {@code data-migration-arn},
 *       {@code migration-project-arn}. At most 600 data migrations per account and region.
 * </ul>
 */
package io.dmstestkit.simulator.internal.datamigration;
