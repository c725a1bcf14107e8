package io.dmstestkit.simulator;

import io.dmstestkit.simulator.internal.Operations;
import io.dmstestkit.simulator.internal.protocol.CallerIdentity;
import io.dmstestkit.simulator.internal.protocol.DmsProtocol;
import io.dmstestkit.simulator.internal.protocol.RequiredMembers;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;
import io.dmstestkit.simulator.internal.state.AccountState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apiguardian.api.API;
import software.amazon.awssdk.http.SdkHttpClient;

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
    private final Journal journal;

    private DmsSimulator(Builder builder) {
        this.settings = builder.settings;
        this.clock = builder.clock;
        this.journal = new Journal(builder.journalCapacity);
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
        return new io.dmstestkit.simulator.internal.protocol.InProcessHttpClient(this::handle);
    }

    public SimulatedClock clock() {
        return clock;
    }

    public SimulatorSettings settings() {
        return settings;
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

    /** Drops every resource of every account, every armed fault and the journal. */
    public void reset() {
        accounts.clear();
        faults.disarmAll();
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
     * The first planned state change of any resource after the current virtual time: a runner that
     * waits jumps the clock there instead of polling through empty time.
     */
    public Optional<Instant> nextChange() {
        Instant now = clock.now();
        return accounts.values().stream()
                .map(account -> withLock(account, () -> account.nextChangeAfter(now)))
                .flatMap(Optional::stream)
                .min(Instant::compareTo);
    }

    /** The DMS operations this simulator answers; the others get a clear NotSimulatedException. */
    public Set<String> simulatedOperations() {
        return operations.registry().simulatedOperations();
    }

    private AccountState account(CallerIdentity identity) {
        return accounts.computeIfAbsent(identity, id -> new AccountState(id.account(), id.region(), settings.seed()));
    }

    private static <T> T withLock(AccountState account, java.util.function.Supplier<T> action) {
        account.lock().lock();
        try {
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
            return clock.now();
        }

        @Override
        public Optional<io.dmstestkit.simulator.internal.fault.ArmedFault.Firing> fault(
                io.dmstestkit.simulator.internal.fault.CallFacts call) {
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
                    call.operation() != null ? call.operation() : String.valueOf(request.target()),
                    caller.account(),
                    caller.region(),
                    call.resources(),
                    request.bodyText(),
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

        /** How many calls the journal keeps before dropping the oldest. */
        public Builder journalCapacity(int capacity) {
            this.journalCapacity = capacity;
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
