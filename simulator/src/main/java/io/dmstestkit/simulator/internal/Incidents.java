package io.dmstestkit.simulator.internal;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.StatusChange;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.datamigration.DataMigrations;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import io.dmstestkit.simulator.internal.replication.Incident;
import io.dmstestkit.simulator.internal.replication.Replications;
import io.dmstestkit.simulator.internal.state.AccountState;
import java.time.Instant;
import java.util.List;

/**
 * Plans public {@link DmsIncident}s on the replication or data migration they name, translating them to
 * each model's own incident types. Callers hold the account lock.
 */
public final class Incidents {

    private Incidents() {}

    public static void plan(AccountState account, String nameOrArn, DmsIncident incident, Instant now) {
        if (Replications.find(account, nameOrArn).isPresent()) {
            Replications.attachIncident(account, nameOrArn, forReplication(incident), now);
        } else if (DataMigrations.exists(account, nameOrArn)) {
            DataMigrations.attach(account, nameOrArn, forDataMigration(incident), now);
        } else {
            throw new IllegalArgumentException("no replication config or data migration named '" + nameOrArn
                    + "' in account " + account.accountId() + " (" + account.region() + ")");
        }
    }

    /** The status history of a replication or data migration, oldest first; empty when there is none. */
    public static List<StatusChange> history(AccountState account, String nameOrArn, Instant until) {
        List<PhaseTimeline.Phase> phases = Replications.find(account, nameOrArn)
                .map(record -> Replications.statusHistory(record, until))
                .orElseGet(() -> DataMigrations.exists(account, nameOrArn)
                        ? DataMigrations.history(account, nameOrArn, until)
                        : List.of());
        return phases.stream()
                .map(p -> new StatusChange(p.status(), p.enteredAt()))
                .toList();
    }

    private static Incident forReplication(DmsIncident incident) {
        if (incident instanceof DmsIncident.FailAtPercent fail) {
            return new Incident.FailAtPercent(fail.percent(), severity(fail.severity()), fail.message());
        }
        if (incident instanceof DmsIncident.FailAt fail) {
            return new Incident.FailAt(fail.at(), severity(fail.severity()), fail.message());
        }
        if (incident instanceof DmsIncident.ProvisioningFailure failure) {
            return new Incident.ProvisioningFailure(failure.message());
        }
        if (incident instanceof DmsIncident.TableError error) {
            TableSpec table = TableSpec.parse(error.table(), 0);
            return new Incident.TableError(table.schema(), table.name(), error.at(), error.message());
        }
        DmsIncident.LatencySpike spike = (DmsIncident.LatencySpike) incident;
        return new Incident.LatencySpike(spike.from(), spike.lasting(), spike.latency());
    }

    private static Incident.Severity severity(DmsIncident.Severity severity) {
        return severity == DmsIncident.Severity.FATAL_ERROR ? Incident.Severity.FATAL : Incident.Severity.RECOVERABLE;
    }

    private static io.dmstestkit.simulator.internal.datamigration.Incident forDataMigration(DmsIncident incident) {
        if (incident instanceof DmsIncident.FailAtPercent fail) {
            return io.dmstestkit.simulator.internal.datamigration.Incident.failAtPercent(
                    fail.percent(), dataSeverity(fail.severity()), fail.message());
        }
        if (incident instanceof DmsIncident.FailAt fail) {
            return io.dmstestkit.simulator.internal.datamigration.Incident.failAt(
                    fail.at(), dataSeverity(fail.severity()), fail.message());
        }
        if (incident instanceof DmsIncident.TableError error) {
            return io.dmstestkit.simulator.internal.datamigration.Incident.tableError(error.table(), error.message());
        }
        if (incident instanceof DmsIncident.LatencySpike spike) {
            return io.dmstestkit.simulator.internal.datamigration.Incident.latencySpike(
                    spike.from(), spike.latency(), spike.lasting());
        }
        throw new IllegalArgumentException(
                "data migrations have no provisioning phase; plan a failure (failAt or failAtPercent) instead");
    }

    private static io.dmstestkit.simulator.internal.datamigration.Incident.Severity dataSeverity(
            DmsIncident.Severity severity) {
        return io.dmstestkit.simulator.internal.datamigration.Incident.Severity.valueOf(severity.name());
    }
}
