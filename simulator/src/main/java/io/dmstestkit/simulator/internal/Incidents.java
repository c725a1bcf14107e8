package io.dmstestkit.simulator.internal;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.StatusChange;
import io.dmstestkit.simulator.internal.datamigration.DataMigrations;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import io.dmstestkit.simulator.internal.replication.Replications;
import io.dmstestkit.simulator.internal.schemaconversion.SchemaConversions;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.task.Tasks;
import java.time.Instant;
import java.util.List;

/**
 * Plans public {@link DmsIncident}s on the replication, replication task or data migration they name
 * (schema-conversion incidents on the migration project they name). Both consume the same
 * incidents through the shared run model ({@code internal.run}); only a kind that provisions nothing
 * refuses a provisioning failure. Callers hold the account lock.
 */
public final class Incidents {

    private Incidents() {}

    public static void plan(AccountState account, String nameOrArn, DmsIncident incident, Instant now) {
        if (SchemaConversions.isSchemaConversionIncident(incident)) {
            SchemaConversions.plan(account, nameOrArn, incident, now);
        } else if (Replications.find(account, nameOrArn).isPresent()) {
            Replications.attachIncident(account, nameOrArn, incident, now);
        } else if (Tasks.find(account, nameOrArn).isPresent()) {
            if (incident instanceof DmsIncident.ProvisioningFailure) {
                throw new IllegalArgumentException("replication tasks have no provisioning phase (they run on their"
                        + " replication instance); plan a failure (failAt or failAtPercent) instead");
            }
            Tasks.attachIncident(account, nameOrArn, incident, now);
        } else if (DataMigrations.exists(account, nameOrArn)) {
            if (incident instanceof DmsIncident.ProvisioningFailure) {
                throw new IllegalArgumentException(
                        "data migrations have no provisioning phase; plan a failure (failAt or failAtPercent) instead");
            }
            DataMigrations.attach(account, nameOrArn, incident, now);
        } else {
            throw new IllegalArgumentException("no replication config, replication task or data migration named '"
                    + nameOrArn
                    + "' in account " + account.accountId() + " (" + account.region() + ")");
        }
    }

    /** The status history of a replication or data migration, oldest first; empty when there is none. */
    public static List<StatusChange> history(AccountState account, String nameOrArn, Instant until) {
        List<PhaseTimeline.Phase> phases = Replications.find(account, nameOrArn)
                .map(record -> Replications.statusHistory(record, until))
                .or(() -> Tasks.find(account, nameOrArn).map(record -> Tasks.statusHistory(record, until)))
                .orElseGet(() -> DataMigrations.exists(account, nameOrArn)
                        ? DataMigrations.history(account, nameOrArn, until)
                        : List.of());
        return phases.stream()
                .map(p -> new StatusChange(p.status(), p.enteredAt()))
                .toList();
    }
}
