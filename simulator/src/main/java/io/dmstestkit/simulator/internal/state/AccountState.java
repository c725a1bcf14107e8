package io.dmstestkit.simulator.internal.state;

import io.dmstestkit.simulator.FleetDatabaseSpec;
import io.dmstestkit.simulator.TableSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import software.amazon.awssdk.services.databasemigration.model.Tag;

/**
 * All simulated resources of one account in one region. Calls for different accounts never contend;
 * calls for the same account are serialized by {@link #lock()}, which keeps every handler simple.
 */
public final class AccountState {

    private final String accountId;
    private final String region;
    private final ResourceIds ids;
    private final ChangeCountingLock lock = new ChangeCountingLock();
    /** The last answer of {@link #plannedChangeAfter}, valid while nothing took the lock to change state. */
    private volatile PlannedChange planned;

    private final Map<Class<?>, ResourceStore<?>> stores = new LinkedHashMap<>();
    private final Map<String, List<Tag>> tags = new LinkedHashMap<>();
    private final Map<String, TableSpec> declaredTables = new LinkedHashMap<>();
    private final EventLog events = new EventLog();
    private final List<FleetDatabaseSpec> fleetDatabases = new ArrayList<>();
    private final Set<String> deletedFleetDatabases = new TreeSet<>();
    /** What is to go from the stores at a later virtual time (a deleted task that is gone then), by time. */
    private final TreeMap<Instant, List<Runnable>> removals = new TreeMap<>();

    public AccountState(String accountId, String region, long seed) {
        this.accountId = accountId;
        this.region = region;
        this.ids = new ResourceIds(seed, accountId, region);
    }

    public String accountId() {
        return accountId;
    }

    public String region() {
        return region;
    }

    public ReentrantLock lock() {
        return lock;
    }

    public ResourceIds ids() {
        return ids;
    }

    /** The store of one resource kind, created on first use. */
    @SuppressWarnings("unchecked")
    public <T> ResourceStore<T> store(Class<T> kind) {
        return (ResourceStore<T>) stores.computeIfAbsent(kind, k -> new ResourceStore<>());
    }

    /** Every store, by resource kind, for dumps. */
    public Map<Class<?>, ResourceStore<?>> stores() {
        return java.util.Collections.unmodifiableMap(stores);
    }

    /** Whether any store holds a resource with this ARN. */
    public boolean exists(String arn) {
        return stores.values().stream().anyMatch(store -> store.contains(arn));
    }

    /**
     * The resource with this ARN or name, across every store. Endpoints are stored as the SDK shape
     * itself and are found by ARN or identifier too.
     */
    public Optional<NamedResource> findNamed(String arnOrName) {
        // Lookups, not scans: by key (ARN) in each store, then by name in each store's name index. Identifiers
        // cannot contain ':', so an ARN is only ever a store key.
        for (ResourceStore<?> store : stores.values()) {
            Optional<NamedResource> found = store.get(arnOrName)
                    .map(AccountState::asNamed)
                    .filter(named -> named.arn().equals(arnOrName));
            if (found.isPresent()) {
                return found;
            }
        }
        if (arnOrName.startsWith("arn:")) {
            return Optional.empty();
        }
        for (ResourceStore<?> store : stores.values()) {
            for (Object resource : store.named(arnOrName)) {
                NamedResource named = asNamed(resource);
                if (named != null && named.name().equals(arnOrName)) {
                    return Optional.of(named);
                }
            }
        }
        return Optional.empty();
    }

    private static NamedResource asNamed(Object resource) {
        if (resource instanceof NamedResource named) {
            return named;
        }
        if (resource instanceof software.amazon.awssdk.services.databasemigration.model.Endpoint endpoint) {
            return new NamedResource() {
                @Override
                public String arn() {
                    return endpoint.endpointArn();
                }

                @Override
                public String name() {
                    return endpoint.endpointIdentifier();
                }

                @Override
                public String statusAt(Instant now) {
                    return endpoint.status();
                }
            };
        }
        return null;
    }

    /** The names of the stored resources whose ARNs are of this kind, e.g. {@code task}, sorted. */
    public List<String> names(String arnKind) {
        String marker = ":" + arnKind + ":";
        return stores.values().stream()
                .flatMap(store -> store.values().stream())
                .map(AccountState::asNamed)
                .filter(named -> named != null && named.arn().contains(marker))
                .map(NamedResource::name)
                .sorted()
                .toList();
    }

    /** How many stored resources have ARNs of this kind, e.g. {@code replication-config}. */
    public long countResources(String arnKind) {
        String marker = ":" + arnKind + ":";
        return stores.values().stream()
                .flatMap(store -> store.arns().stream())
                .filter(arn -> arn.contains(marker))
                .count();
    }

    /** The first resource that uses the endpoint, described for a message. */
    public Optional<String> userOfEndpoint(String endpointArn) {
        return stores.values().stream()
                .flatMap(store -> store.values().stream())
                .filter(resource -> resource instanceof EndpointUser user && user.usesEndpoint(endpointArn))
                .map(resource -> ((EndpointUser) resource).describeForUser())
                .findFirst();
    }

    /** Tags per resource ARN (AddTagsToResource and the Tags of Create* calls). */
    public Map<String, List<Tag>> tags() {
        return tags;
    }

    /** The events DescribeEvents lists: state changes of instances (and later tasks), planned or past. */
    public EventLog events() {
        return events;
    }

    /** Source tables declared for this account ({@code schema.table} → spec), used by selection rules. */
    public Map<String, TableSpec> declaredTables() {
        return declaredTables;
    }

    /** Databases declared for Fleet Advisor collectors to discover; empty means "derive from the tables". */
    public List<FleetDatabaseSpec> fleetDatabases() {
        return fleetDatabases;
    }

    /** Ids of Fleet Advisor databases deleted from the inventory (DeleteFleetAdvisorDatabases). */
    public Set<String> deletedFleetDatabases() {
        return deletedFleetDatabases;
    }

    /**
     * Plans {@code removal} (taking a resource out of its store, with its tags) for virtual time {@code at}: it
     * runs on the first {@link #purge} at or after {@code at}, which every call and read of the account does
     * under the lock before it looks at anything. The resource itself reports {@code at} as a planned change, so
     * clock jumps land on the moment it disappears.
     */
    public void removeAt(Instant at, Runnable removal) {
        removals.computeIfAbsent(at, k -> new ArrayList<>()).add(removal);
    }

    /** Runs the removals planned by {@code now}; costs one comparison when none is due. */
    public void purge(Instant now) {
        while (!removals.isEmpty() && !removals.firstKey().isAfter(now)) {
            removals.pollFirstEntry().getValue().forEach(Runnable::run);
        }
    }

    /** The earliest planned change of any resource strictly after {@code now}. */
    public Optional<Instant> nextChangeAfter(Instant now) {
        List<Instant> changes = new ArrayList<>();
        for (ResourceStore<?> store : stores.values()) {
            for (Object resource : store.values()) {
                if (resource instanceof Scheduled scheduled) {
                    scheduled.nextChangeAfter(now).ifPresent(changes::add);
                }
            }
        }
        return changes.stream().min(Instant::compareTo);
    }

    /**
     * The earliest planned change strictly after {@code now}, as {@link #nextChangeAfter}, but without
     * taking the lock or looking at a resource when nothing has locked this account to change it since the
     * last answer and {@code now} has not reached that answer: between two changes of state, the next
     * planned change stays the same. For {@code DmsSimulator.nextChange()}, which asks every account.
     */
    public Optional<Instant> plannedChangeAfter(Instant now) {
        if (lock.isHeldByCurrentThread()) {
            // Inside a call that may still change the account: answer, but remember nothing.
            return nextChangeAfter(now);
        }
        PlannedChange known = planned;
        if (known != null && known.stillValid(lock.changes(), now)) {
            return Optional.ofNullable(known.next());
        }
        lock.lockToRead();
        try {
            Optional<Instant> next = nextChangeAfter(now);
            planned = new PlannedChange(lock.changes(), now, next.orElse(null));
            return next;
        } finally {
            lock.unlock();
        }
    }

    /** An answer of {@link #plannedChangeAfter}: {@code next} is null when nothing was planned. */
    private record PlannedChange(long changes, Instant askedAt, Instant next) {
        boolean stillValid(long changesNow, Instant now) {
            return changes == changesNow && !now.isBefore(askedAt) && (next == null || now.isBefore(next));
        }
    }

    /**
     * The account lock, counting the times it was taken by anything but {@link #plannedChangeAfter}: every
     * call and admin action that may change the account's state takes it through {@link #lock()}.
     */
    private static final class ChangeCountingLock extends ReentrantLock {
        private volatile long changes;

        @Override
        public void lock() {
            super.lock();
            changes++; // under the lock: one writer at a time
        }

        void lockToRead() {
            super.lock();
        }

        long changes() {
            return changes;
        }
    }
}
