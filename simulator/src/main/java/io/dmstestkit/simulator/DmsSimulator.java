package io.dmstestkit.simulator;

import io.dmstestkit.simulator.internal.Incidents;
import io.dmstestkit.simulator.internal.Operations;
import io.dmstestkit.simulator.internal.StateDump;
import io.dmstestkit.simulator.internal.assessment.PlannedChecks;
import io.dmstestkit.simulator.internal.datamigration.DataMigrations;
import io.dmstestkit.simulator.internal.instance.Instances;
import io.dmstestkit.simulator.internal.protocol.CallerIdentity;
import io.dmstestkit.simulator.internal.protocol.DmsProtocol;
import io.dmstestkit.simulator.internal.protocol.RequiredMembers;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;
import io.dmstestkit.simulator.internal.replication.Replications;
import io.dmstestkit.simulator.internal.schemaconversion.SchemaConversions;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.task.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apiguardian.api.API;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * A stateful, in-memory AWS DMS. Thread-safe; state is kept per account and region, taken from each
 * request's SigV4 credential scope. Time is virtual ({@link SimulatedClock}): nothing runs in the
 * background, resources compute their state from the clock when read.
 *
 * <pre>{@code
 * DmsSimulator simulator = DmsSimulator.builder().clock(SimulatedClock.manual()).build();
 * DatabaseMigrationClient dms = DatabaseMigrationClient.builder()
 *     .httpClient(simulator.inProcessHttpClient())      // or endpointOverride(serverUri) over HTTP
 *     .endpointOverride(URI.create("http://dms.local"))
 *     .region(Region.US_EAST_1)
 *     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "x")))
 *     .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsSimulator {

    private final SimulatorSettings settings;
    private final SimulatedClock clock;
    private final ConcurrentMap<CallerIdentity, AccountState> accounts = new ConcurrentHashMap<>();
    private final Operations operations;
    private final DmsProtocol protocol;
    private final FaultPlan faults = new FaultPlan();
    private final InProcessTransportFaults transportFaults = new InProcessTransportFaults();
    private final Journal journal;

    private DmsSimulator(Builder builder) {
        this.settings = builder.settings;
        this.clock = builder.clock;
        this.journal = new Journal(builder.journalCapacity, builder.journalMaxBytes);
        this.operations = Operations.all();
        this.protocol =
                new DmsProtocol(operations.registry(), new SdkJsonCodec(RequiredMembers.load()), new Environment());
    }

    /** A simulator with default settings and a manual clock. */
    public static DmsSimulator create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Answers one DMS API call, as any transport delivers it. Never throws for bad input. */
    public DmsHttpResponse handle(DmsHttpRequest request) {
        return protocol.handle(request);
    }

    /**
     * An SDK HTTP client that hands requests straight to this simulator, with no socket: the fastest way
     * for a test to use the real SDK client. Give the SDK any {@code endpointOverride} (it is not dialled).
     */
    public SdkHttpClient inProcessHttpClient() {
        return new io.dmstestkit.simulator.internal.protocol.InProcessHttpClient(
                this::handle, transportFaults, clock, Optional.empty());
    }

    /**
     * {@link #inProcessHttpClient()} for an SDK client built with {@code apiCallAttemptTimeout(attemptTimeout)}:
     * a {@link InProcessTransportFault#delay delay fault} longer than it fails the attempt with the SDK's {@code
     * ApiCallAttemptTimeoutException} after that much virtual time, where the SDK's own timer would wait in
     * wall time.
     *
     * <pre>{@code
     * DatabaseMigrationClient.builder()
     *     .httpClient(simulator.inProcessHttpClient(Duration.ofSeconds(10)))
     *     .overrideConfiguration(o -> o.apiCallAttemptTimeout(Duration.ofSeconds(10)))
     * }</pre>
     */
    public SdkHttpClient inProcessHttpClient(Duration attemptTimeout) {
        return new io.dmstestkit.simulator.internal.protocol.InProcessHttpClient(
                this::handle, transportFaults, clock, Optional.of(attemptTimeout));
    }

    /** The transport faults of this simulator's in-process HTTP clients (over HTTP, WireMock stages them). */
    public InProcessTransportFaults transportFaults() {
        return transportFaults;
    }

    public SimulatedClock clock() {
        return clock;
    }

    public SimulatorSettings settings() {
        return settings;
    }

    /**
     * Plans a state fault on a replication config, replication task or data migration of the default account
     * and region.
     *
     * <pre>{@code
     * simulator.planIncident("orders", DmsIncident.failAtPercent(40, Severity.FATAL_ERROR, "ORA-01555"));
     * }</pre>
     *
     * @throws IllegalArgumentException when there is no such resource, or the incident does not apply to it
     */
    public void planIncident(String nameOrArn, DmsIncident incident) {
        planIncident(settings.defaultAccount(), settings.defaultRegion(), nameOrArn, incident);
    }

    /**
     * Plans a state fault on a replication config, replication task, data migration or (with {@link DmsIncident.InstanceStatus})
     * replication instance of one account and region.
     */
    public void planIncident(String account, String region, String nameOrArn, DmsIncident incident) {
        AccountState state = existing(account, region)
                .orElseThrow(() -> new IllegalArgumentException("no replication config, replication task, data"
                        + " migration, replication instance, endpoint or migration project named '" + nameOrArn
                        + "' in account " + account + " (" + region + "), which has no resources"));
        withLock(state, () -> {
            if (incident instanceof DmsIncident.InstanceStatus instance) {
                Instances.planIncident(
                        state, nameOrArn, instance.status(), instance.at(), instance.message(), clock.now());
            } else if (PlannedChecks.applies(incident)) {
                PlannedChecks.plan(state, nameOrArn, incident);
            } else {
                Incidents.plan(state, nameOrArn, incident, clock.now());
            }
            return null;
        });
    }

    /** The replication of a config (by identifier or ARN) in the default account, as DMS would describe it now. */
    public Optional<Replication> replication(String nameOrArn) {
        return replication(settings.defaultAccount(), settings.defaultRegion(), nameOrArn);
    }

    /** The replication of a config (by identifier or ARN), as DMS would describe it now. */
    public Optional<Replication> replication(String account, String region, String nameOrArn) {
        Instant now = clock.now();
        return read(
                account, region, state -> Replications.find(state, nameOrArn).map(r -> Replications.describe(r, now)));
    }

    /**
     * The table statistics of a replication or replication task now; empty when there is no such resource
     * or it never started.
     */
    public List<TableStatistics> tableStatistics(String account, String region, String nameOrArn) {
        Instant now = clock.now();
        return read(
                        account,
                        region,
                        state -> Replications.find(state, nameOrArn)
                                .map(r -> Replications.tableStatistics(r, now))
                                .or(() -> Tasks.find(state, nameOrArn).map(t -> Tasks.tableStatistics(t, now))))
                .orElse(List.of());
    }

    /**
     * A classic replication task (by identifier or ARN) in the default account, as DescribeReplicationTasks
     * would show it now.
     *
     * <pre>{@code
     * simulator.replicationTask("orders-task").map(ReplicationTask::status);   // Optional[running]
     * }</pre>
     */
    public Optional<ReplicationTask> replicationTask(String nameOrArn) {
        return replicationTask(settings.defaultAccount(), settings.defaultRegion(), nameOrArn);
    }

    /** A classic replication task (by identifier or ARN), as DescribeReplicationTasks would show it now. */
    public Optional<ReplicationTask> replicationTask(String account, String region, String nameOrArn) {
        Instant now = clock.now();
        return read(account, region, state -> Tasks.find(state, nameOrArn).map(t -> Tasks.describe(t, now)));
    }

    /** A data migration (by name or ARN) in the default account, as DMS would describe it now. */
    public Optional<DataMigration> dataMigration(String nameOrArn) {
        return dataMigration(settings.defaultAccount(), settings.defaultRegion(), nameOrArn);
    }

    public Optional<DataMigration> dataMigration(String account, String region, String nameOrArn) {
        Instant now = clock.now();
        return read(account, region, state -> DataMigrations.find(state, nameOrArn, now));
    }

    /**
     * The CDC latency of a replication, replication task or data migration now. DMS reports it for replications only as a
     * CloudWatch metric, so this is the simulator's own view; empty while no changes are being applied.
     */
    public Optional<Duration> cdcLatency(String account, String region, String nameOrArn) {
        Instant now = clock.now();
        Optional<Duration> replication = read(
                account,
                region,
                state -> Replications.find(state, nameOrArn).flatMap(r -> Replications.cdcLatency(r, now)));
        if (replication.isPresent()) {
            return replication;
        }
        Optional<Duration> task =
                read(account, region, state -> Tasks.find(state, nameOrArn).flatMap(t -> Tasks.cdcLatency(t, now)));
        if (task.isPresent()) {
            return task;
        }
        return dataMigration(account, region, nameOrArn)
                .map(DataMigration::dataMigrationStatistics)
                .filter(stats -> stats != null && stats.cdcLatency() != null)
                .map(stats -> Duration.ofSeconds(stats.cdcLatency()));
    }

    /** The statuses a replication, replication task or data migration entered so far, oldest first, with virtual times. */
    public List<StatusChange> statusHistory(String account, String region, String nameOrArn) {
        Instant now = clock.now();
        return read(account, region, state -> Optional.of(Incidents.history(state, nameOrArn, now)))
                .orElse(List.of());
    }

    /**
     * The action items the latest successful assessment of a migration project (by name or ARN) reported,
     * as its exported report lists them; empty when it reported none. Plan them with
     * {@link DmsIncident#assessmentActionItems}.
     *
     * <pre>{@code
     * simulator.planIncident("hr-project", DmsIncident.assessmentActionItems("Action item 5584: CONNECT BY"));
     * // ... StartMetadataModelAssessment, wait for SUCCESS ...
     * assertThat(simulator.assessmentActionItems("hr-project")).hasSize(1);
     * }</pre>
     *
     * @throws IllegalArgumentException when there is no such project or no assessment of it has succeeded yet
     */
    public List<String> assessmentActionItems(String migrationProject) {
        return assessmentActionItems(settings.defaultAccount(), settings.defaultRegion(), migrationProject);
    }

    /** {@link #assessmentActionItems(String)} in one account and region. */
    public List<String> assessmentActionItems(String account, String region, String migrationProject) {
        Instant now = clock.now();
        AccountState state = existing(account, region)
                .orElseThrow(() -> new IllegalArgumentException("no migration project named '" + migrationProject
                        + "' in account " + account + " (" + region + "), which has no resources"));
        return withLock(state, () -> SchemaConversions.actionItems(state, migrationProject, now));
    }

    /**
     * The status lanes and the full-load and CDC-latency curves of an account's resources between two virtual
     * times, for run reports ({@code names}: the names and ARNs the run's calls mentioned, to find its data
     * migrations). Internal to dms-testkit: the report producers of the other modules call it.
     */
    @API(status = API.Status.INTERNAL, consumers = "io.dmstestkit.*")
    public io.dmstestkit.simulator.internal.report.ResourceFacts reportFacts(
            String account, String region, java.util.Collection<String> names, Instant from, Instant to) {
        return read(
                        account,
                        region,
                        state -> Optional.of(
                                io.dmstestkit.simulator.internal.report.FactsReader.read(state, names, from, to)))
                .orElse(io.dmstestkit.simulator.internal.report.ResourceFacts.NONE);
    }

    /**
     * The names of one type of resource in an account and region, sorted: what a "did you mean" for a
     * mistyped name chooses from. Reads the state directly, so no call is answered or journaled.
     *
     * <pre>{@code
     * simulator.resourceNames("123456789012", "us-east-1", "replication-config");   // [customers, orders]
     * }</pre>
     *
     * @param arnResourceType the resource type in DMS's ARNs: {@code replication-config}, {@code task} (classic
     *     replication tasks), {@code rep} (replication instances), {@code data-migration}, {@code endpoint}
     */
    @API(status = API.Status.EXPERIMENTAL)
    public List<String> resourceNames(String account, String region, String arnResourceType) {
        return read(account, region, state -> Optional.of(state.names(arnResourceType)))
                .orElse(List.of());
    }

    /** Every account's resources now, as JSON in the wire shapes (the admin API's resource dump). */
    public String stateAsJson() {
        return StateDump.of(accounts.values(), clock.now()).toString();
    }

    /** The service faults armed on this simulator. */
    public FaultPlan faults() {
        return faults;
    }

    /** Every call answered, across transports. */
    public Journal journal() {
        return journal;
    }

    /**
     * Checks how often matching calls were made; on failure lists the closest calls seen.
     *
     * <pre>{@code
     * simulator.verify(exactly(1), dmsCall("StopReplication").withResource("orders"));
     * }</pre>
     */
    public void verify(CallCount count, CallPattern pattern) {
        List<JournalEntry> matched = journal.find(pattern);
        if (!count.accepts(matched.size())) {
            throw new VerificationError(
                    Verifications.message(count, pattern, matched, journal.entries()),
                    count.toString(),
                    matched.size());
        }
    }

    /** Drops every resource of every account, every armed fault (service and transport) and the journal. */
    public void reset() {
        accounts.clear();
        faults.disarmAll();
        transportFaults.disarmAll();
        journal.clear();
    }

    /**
     * Declares the source tables of the default account and region: selection rules match them, and
     * their row counts drive the full load.
     */
    public void declareTables(List<TableSpec> tables) {
        declareTables(settings.defaultAccount(), settings.defaultRegion(), tables);
    }

    /** Declares source tables for one account and region. */
    public void declareTables(String account, String region, List<TableSpec> tables) {
        AccountState state = account(new CallerIdentity(account, region));
        state.lock().lock();
        try {
            tables.forEach(table -> state.declaredTables().put(table.qualifiedName(), table));
        } finally {
            state.lock().unlock();
        }
    }

    /**
     * Declares the databases that Fleet Advisor collectors of the default account and region discover
     * (replacing any declared before). Without a declaration they discover one PostgreSQL database whose
     * schemas are those of the declared tables.
     *
     * <pre>{@code
     * simulator.declareFleetDatabases(List.of(
     *     FleetDatabaseSpec.of("erp-db-1", "10.0.0.21", "erp", "Oracle", "19c", List.of("SALES"))));
     * }</pre>
     */
    @API(status = API.Status.EXPERIMENTAL)
    public void declareFleetDatabases(List<FleetDatabaseSpec> databases) {
        declareFleetDatabases(settings.defaultAccount(), settings.defaultRegion(), databases);
    }

    /** Declares the databases that Fleet Advisor collectors of one account and region discover. */
    @API(status = API.Status.EXPERIMENTAL)
    public void declareFleetDatabases(String account, String region, List<FleetDatabaseSpec> databases) {
        List<FleetDatabaseSpec> copy = List.copyOf(databases);
        AccountState state = account(new CallerIdentity(account, region));
        withLock(state, () -> {
            state.fleetDatabases().clear();
            state.fleetDatabases().addAll(copy);
            return null;
        });
    }

    /**
     * The first planned state change of any resource after the current virtual time: a runner that
     * waits jumps the clock there instead of polling through empty time. Accounts unchanged since the
     * last call answer from their cached next change, without a lock.
     */
    public Optional<Instant> nextChange() {
        Instant now = clock.now();
        Instant first = null;
        for (AccountState account : accounts.values()) {
            Instant next = account.plannedChangeAfter(now).orElse(null);
            if (next != null && (first == null || next.isBefore(first))) {
                first = next;
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * The first planned state change of one account's resources after the current virtual time: what a
     * wait of that account's run jumps to; empty when nothing is planned to change there.
     *
     * <pre>{@code
     * simulator.nextChange("123456789012", "us-east-1").ifPresent(simulator.clock()::advanceTo);
     * }</pre>
     */
    public Optional<Instant> nextChange(String account, String region) {
        Instant now = clock.now();
        return existing(account, region).flatMap(state -> state.plannedChangeAfter(now));
    }

    /** The DMS operations this simulator answers; the others get a clear NotSimulatedException. */
    public Set<String> simulatedOperations() {
        return operations.registry().simulatedOperations();
    }

    private Optional<AccountState> existing(String account, String region) {
        return Optional.ofNullable(accounts.get(new CallerIdentity(account, region)));
    }

    private <T> Optional<T> read(
            String account, String region, java.util.function.Function<AccountState, Optional<T>> query) {
        return existing(account, region).flatMap(state -> withLock(state, () -> query.apply(state)));
    }

    private AccountState account(CallerIdentity identity) {
        return accounts.computeIfAbsent(identity, id -> new AccountState(id.account(), id.region(), settings.seed()));
    }

    /** Runs {@code action} under the account's lock, once what was due to go by now has gone. */
    private <T> T withLock(AccountState account, java.util.function.Supplier<T> action) {
        account.lock().lock();
        try {
            account.purge(clock.now());
            return action.get();
        } finally {
            account.lock().unlock();
        }
    }

    private final class Environment implements DmsProtocol.CallEnvironment {
        @Override
        public AccountState account(CallerIdentity caller) {
            return DmsSimulator.this.account(caller);
        }

        @Override
        public CallerIdentity identify(DmsHttpRequest request) {
            return CallerIdentity.of(request, settings.defaultAccount(), settings.defaultRegion());
        }

        @Override
        public Instant beginCall(String operation, AccountState account) {
            if (settings.advanceOnPoll() && clock.isManual() && isRead(operation)) {
                Optional<Instant> next = account.nextChangeAfter(clock.now());
                if (next.isPresent()) {
                    clock.advanceTo(next.get());
                } else {
                    settings.pollStep().ifPresent(clock::advance);
                }
            }
            Instant now = clock.now();
            account.purge(now);
            return now;
        }

        @Override
        public Optional<io.dmstestkit.simulator.internal.fault.ArmedFault.Firing> fault(
                java.util.function.Supplier<io.dmstestkit.simulator.internal.fault.CallFacts> call) {
            return faults.check(call);
        }

        @Override
        public void record(
                DmsHttpRequest request,
                io.dmstestkit.simulator.internal.protocol.CallRecord call,
                DmsHttpResponse response) {
            CallerIdentity caller = call.caller() != null ? call.caller() : identify(request);
            journal.record(new Journal.JournalEntryDraft(
                    call.virtualTime() != null ? call.virtualTime() : clock.now(),
                    Instant.now(),
                    call.operation() != null
                            ? call.operation()
                            : io.dmstestkit.simulator.internal.ServiceError.echo(String.valueOf(request.target())),
                    caller.account(),
                    caller.region(),
                    call.resources(),
                    call.maskedBody() != null ? call.maskedBody() : request.bodyText(),
                    response.status(),
                    Optional.ofNullable(response.headers().get("x-amzn-ErrorType")),
                    Optional.ofNullable(call.faultId())));
        }

        @Override
        public SimulatorSettings settings() {
            return settings;
        }

        private boolean isRead(String operation) {
            return operation.startsWith("Describe") || operation.startsWith("List");
        }
    }

    /** Builds a {@link DmsSimulator}. */
    public static final class Builder {
        private SimulatorSettings settings = SimulatorSettings.defaults();
        private SimulatedClock clock = SimulatedClock.manual();
        private int journalCapacity = Journal.DEFAULT_CAPACITY;
        private long journalMaxBytes = Journal.DEFAULT_MAX_BYTES;

        /** How many calls the journal keeps before dropping the oldest. */
        public Builder journalCapacity(int capacity) {
            this.journalCapacity = capacity;
            return this;
        }

        /**
         * How many bytes of calls (request text and a fixed cost per call) the journal keeps before dropping
         * the oldest; {@link Journal#DEFAULT_MAX_BYTES} unless told, at least 65536.
         *
         * <pre>{@code
         * DmsSimulator.builder().journalMaxBytes(16L * 1024 * 1024).build();
         * }</pre>
         */
        public Builder journalMaxBytes(long maxBytes) {
            this.journalMaxBytes = maxBytes;
            return this;
        }

        public Builder settings(SimulatorSettings settings) {
            this.settings = Objects.requireNonNull(settings);
            return this;
        }

        public Builder clock(SimulatedClock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public DmsSimulator build() {
            return new DmsSimulator(this);
        }
    }
}
