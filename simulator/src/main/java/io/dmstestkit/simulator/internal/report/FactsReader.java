package io.dmstestkit.simulator.internal.report;

import io.dmstestkit.simulator.StatusChange;
import io.dmstestkit.simulator.internal.datamigration.DataMigrations;
import io.dmstestkit.simulator.internal.replication.ReplicationRecord;
import io.dmstestkit.simulator.internal.replication.Replications;
import io.dmstestkit.simulator.internal.state.AccountState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;

/**
 * Reads the status lanes and curves of an account's resources between two virtual times. Progress is a
 * function of the timeline, so the past is evaluated, not recorded: curves cost nothing while a run runs.
 */
public final class FactsReader {

    /** Samples per curve: enough for a smooth line, few enough that 200 scenarios stay small. */
    static final int SAMPLES = 120;

    private FactsReader() {}

    /**
     * The lanes and curves of the replications and data migrations among {@code names} (the names and ARNs
     * the run's calls mentioned): a run sharing an account with others shows only its own.
     */
    public static ResourceFacts read(AccountState account, Collection<String> names, Instant from, Instant to) {
        List<Lane> lanes = new ArrayList<>();
        List<Curve> curves = new ArrayList<>();
        for (ReplicationRecord record : replications(account, names)) {
            List<StatusChange> changes = Replications.statusHistory(record, to).stream()
                    .map(p -> new StatusChange(p.status(), p.enteredAt()))
                    .toList();
            lanes.add(new Lane(record.identifier(), "replication", changes));
            if (changes.size() > 1) {
                curves.add(sample(record.identifier(), "full load", "%", from, to, at -> percent(record, at)));
                curves.add(sample(
                        record.identifier(),
                        "CDC latency",
                        "s",
                        from,
                        to,
                        at -> Replications.cdcLatency(record, at)
                                .map(Duration::toSeconds)
                                .map(Long::doubleValue)
                                .orElse(null)));
            }
        }
        for (String name : dataMigrations(account, names, to)) {
            List<StatusChange> changes = DataMigrations.history(account, name, to).stream()
                    .map(p -> new StatusChange(p.status(), p.enteredAt()))
                    .toList();
            lanes.add(new Lane(name, "data migration", changes));
            if (changes.size() > 1) {
                curves.add(sample(
                        name,
                        "full load",
                        "%",
                        from,
                        to,
                        at -> DataMigrations.find(account, name, at)
                                .map(DataMigration::dataMigrationStatistics)
                                .map(s -> s.fullLoadPercentage() == null
                                        ? null
                                        : s.fullLoadPercentage().doubleValue())
                                .orElse(null)));
            }
        }
        return new ResourceFacts(lanes, curves);
    }

    private static Double percent(ReplicationRecord record, Instant at) {
        var stats = Replications.describe(record, at).replicationStats();
        return stats == null || stats.fullLoadProgressPercent() == null
                ? null
                : stats.fullLoadProgressPercent().doubleValue();
    }

    /** The replications the run's calls named (by identifier or ARN), each once, in the order named. */
    private static Collection<ReplicationRecord> replications(AccountState account, Collection<String> names) {
        java.util.Map<String, ReplicationRecord> found = new java.util.LinkedHashMap<>();
        for (String name : names) {
            Replications.find(account, name).ifPresent(r -> found.putIfAbsent(r.arn(), r));
        }
        return found.values();
    }

    private static Set<String> dataMigrations(AccountState account, Collection<String> names, Instant at) {
        Set<String> found = new LinkedHashSet<>();
        for (String name : names) {
            if (Replications.find(account, name).isEmpty() && DataMigrations.exists(account, name)) {
                DataMigrations.find(account, name, at)
                        .map(DataMigration::dataMigrationName)
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    /** Evenly spaced samples; points without a value (before a load starts, no CDC yet) are left out. */
    static Curve sample(
            String resource, String measure, String unit, Instant from, Instant to, Function<Instant, Double> value) {
        List<Curve.Point> points = new ArrayList<>();
        long span = Math.max(0, Duration.between(from, to).toMillis());
        int samples = span == 0 ? 1 : SAMPLES;
        for (int i = 0; i <= samples; i++) {
            Instant at = from.plusMillis(span * i / Math.max(1, samples));
            Double v = value.apply(at);
            if (v != null) {
                points.add(new Curve.Point(at, v));
            }
        }
        return new Curve(resource, measure, unit, points);
    }
}
