/**
 * The one run model every kind of DMS run shares: serverless replications, data migrations and
 * classic replication tasks are all runs of a migration over a set of tables, simulated as functions of
 * virtual time.
 *
 * <h2>The model</h2>
 *
 * <ul>
 *   <li>{@link io.dmstestkit.simulator.internal.run.RunKind}: what differs between kinds, as data (status
 *       names and casing, the startup statuses from {@code Timings}, the provisioning phase if any).
 *   <li>{@link io.dmstestkit.simulator.internal.run.RunPlanner} plans a
 *       {@link io.dmstestkit.simulator.internal.run.RunPlan} when a start is accepted: startup timeline,
 *       full load ({@link io.dmstestkit.simulator.internal.run.LoadProgress}, resuming only the tables not
 *       completed), capacity ({@link io.dmstestkit.simulator.internal.run.Capacity}, optional), planned
 *       endings (a full-load run's finish, a CDC stop position).
 *   <li>{@link io.dmstestkit.simulator.internal.run.Run}: one run plus what happened to it (user stop,
 *       incidents, table reloads); its timeline is the plan cut at the earliest
 *       {@link io.dmstestkit.simulator.internal.run.Ending}, with that ending's tail appended.
 *   <li>{@link io.dmstestkit.simulator.internal.run.RunHistory}: the runs of one resource and the incidents
 *       waiting for a run; the only thing an adapter stores.
 *   <li>Incidents are the public {@link io.dmstestkit.simulator.DmsIncident}s; {@code Triggers} says when each
 *       happens in a run and how a failure ends it, the same for every kind.
 *   <li>Reading: per-table state ({@link io.dmstestkit.simulator.internal.run.TableView}), the counts
 *       every kind reports ({@link io.dmstestkit.simulator.internal.run.TableCounts}), the run-level stats a
 *       replication and a task both report ({@link io.dmstestkit.simulator.internal.run.RunStats}), CDC latency and
 *       checkpoints ({@code CdcActivity}), stop reasons ({@link io.dmstestkit.simulator.internal.run.StopReason}),
 *       ProvisionData, and {@code nextChangeAfter} for clocks that jump to the next event.
 * </ul>
 *
 * <h2>Adapters</h2>
 *
 * A kind plugs in with a thin adapter in its own package, which keeps only what is really its own: the
 * request and response shapes, the start rules DMS documents for it, how it selects its tables, and how
 * its view renders the run's facts. Today: {@code internal.replication} ({@code ReplicationStatus.KIND},
 * {@code ReplicationRuns}, {@code ReplicationView}) and {@code internal.datamigration}
 * ({@code DataMigrationStatus.KIND}, {@code DataMigrationRunOperations}, {@code RunStatistics}) and
 * {@code internal.task} ({@code TaskStatus.KIND}, {@code TaskRunHandlers}, {@code TaskView}); the start rules
 * all kinds share are {@link io.dmstestkit.simulator.internal.run.StartRules}, and the start step (rules, plan,
 * {@code history.start}) a replication and a task share is {@link io.dmstestkit.simulator.internal.run.RunStart};
 * both read reload requests with {@link io.dmstestkit.simulator.internal.run.TableReloads}.
 *
 * <p>The classic replication task adapter is:
 *
 * <ol>
 *   <li>a {@code RunKind} with the task statuses: never started {@code ready}, startup
 *       {@code starting} (a new {@code Timings} entry), {@code running}, {@code stopping}, {@code stopped},
 *       {@code failed}, and no provisioning phase (the task runs on its replication instance);
 *   <li>a record holding the {@code ReplicationTask} shape and a {@code RunHistory.empty(KIND)};
 *   <li>StartReplicationTask: {@code StartOptions.of(type, cdcStartTime, cdcStartPosition, cdcStopPosition,
 *       migrationType)} (the same rules as StartReplication), the task's start rules, then
 *       {@code RunPlanner.plan(history, options, migrationType, tables, Optional.empty(), timings, now)} and
 *       {@code history.start(plan)}; Stop is {@code history.stop(now)}, ReloadTables {@code history.reload};
 *   <li>a view rendering {@code ReplicationTaskStats} from {@code TableCounts}, {@code LoadProgress} and
 *       {@code RunHistory.lastHaltBy}, and DescribeTableStatistics from {@code TableView.toSdk}.
 * </ol>
 *
 * Nothing in this package may depend on an adapter package; ArchitectureTest keeps it so.
 */
package io.dmstestkit.simulator.internal.run;
