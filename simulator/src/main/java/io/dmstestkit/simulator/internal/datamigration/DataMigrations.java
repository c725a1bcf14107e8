package io.dmstestkit.simulator.internal.datamigration;

import static io.dmstestkit.simulator.internal.datamigration.DataMigrationRecord.KIND;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import io.dmstestkit.simulator.internal.state.AccountState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.MigrationProject;

/**
 * What the rest of the simulator (fault injection, admin API, assertions) may ask of data migrations
 * without going through the DMS API: look one up by name or ARN, see it at a virtual time, read its
 * status history, and arm incidents on it. Every method takes the account's lock itself.
 *
 * <pre>{@code
 * DataMigrations.attach(account, "orders-migration",
 *     DmsIncident.failAtPercent(40, DmsIncident.Severity.FATAL_ERROR, "ORA-01555: snapshot too old"), clock.now());
 * DataMigration seen = DataMigrations.find(account, "orders-migration", clock.now()).orElseThrow();
 * }</pre>
 */
public final class DataMigrations {

    private DataMigrations() {}

    /** Whether a data migration has this name or ARN. */
    public static boolean exists(AccountState account, String identifier) {
        return locked(account, () -> KIND.find(account, identifier).isPresent());
    }

    /**
     * The migration project with this name or ARN (schema conversion works on migration projects).
     *
     * @throws io.dmstestkit.simulator.internal.ServiceError ResourceNotFoundFault when there is no such project
     */
    public static MigrationProject project(AccountState account, String identifier) {
        return locked(account, () -> MigrationProjectOperations.PROJECTS.require(account, identifier));
    }

    /** The data migration with this name or ARN as DescribeDataMigrations would show it at {@code at}. */
    public static Optional<DataMigration> find(AccountState account, String identifier, Instant at) {
        return locked(
                account, () -> KIND.find(account, identifier).map(record -> DataMigrationView.render(record, at)));
    }

    /**
     * The statuses the data migration entered up to {@code until}, oldest first, over all its runs.
     *
     * @throws io.dmstestkit.simulator.internal.ServiceError ResourceNotFoundFault when there is no such migration
     */
    public static List<PhaseTimeline.Phase> history(AccountState account, String identifier, Instant until) {
        return locked(account, () -> KIND.require(account, identifier).historyUntil(until));
    }

    /**
     * Arms {@code incident} on the data migration: it strikes the current run if its moment comes while
     * the run is active (never before {@code now}), otherwise the first later run it can strike.
     *
     * @return the data migration as seen at {@code now}
     * @throws io.dmstestkit.simulator.internal.ServiceError ResourceNotFoundFault when there is no such migration
     */
    public static DataMigration attach(AccountState account, String identifier, DmsIncident incident, Instant now) {
        return locked(account, () -> {
            DataMigrationRecord record = KIND.require(account, identifier);
            DataMigrationRecord armed = KIND.store(account).put(record.arn(), record.armed(incident, now));
            return DataMigrationView.render(armed, now);
        });
    }

    /** The incidents planned on the data migration that have not happened and are not due in the run under way. */
    public static List<DmsIncident> pendingIncidents(AccountState account, String identifier) {
        return locked(account, () -> KIND.require(account, identifier).pending());
    }

    private static <T> T locked(AccountState account, Supplier<T> action) {
        account.lock().lock();
        try {
            return action.get();
        } finally {
            account.lock().unlock();
        }
    }
}
