package io.dmstestkit.simulator.internal.datamigration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.DataMigrationSettings;
import software.amazon.awssdk.services.databasemigration.model.SourceDataSetting;
import software.amazon.awssdk.services.databasemigration.model.TargetDataSetting;

/**
 * Renders a stored data migration as the SDK's {@code DataMigration} shape at one virtual time: the
 * configured members plus status, statistics and the outcome of the latest run.
 *
 * <p>{@code StopReason} and {@code LastFailureMessage} describe the latest stop or failure seen so far,
 * also while a later run goes on ("the reason the data migration last stopped"). Public IP addresses are
 * made up from the ARN (stable across reads), once the migration has run.
 */
final class DataMigrationView {

    private DataMigrationView() {}

    static DataMigration render(DataMigrationRecord record, Instant now) {
        return render(record, now, true, true);
    }

    /** As {@link #render(DataMigrationRecord, Instant)}, leaving out settings or statistics when asked. */
    static DataMigration render(DataMigrationRecord record, Instant now, boolean settings, boolean statistics) {
        DataMigration.Builder view = record.config().toBuilder().dataMigrationStatus(record.statusAt(now));
        if (!settings) {
            view.dataMigrationSettings((DataMigrationSettings) null)
                    .sourceDataSettings((Collection<SourceDataSetting>) null)
                    .targetDataSettings((Collection<TargetDataSetting>) null);
        }
        record.currentRun().ifPresent(run -> {
            view.dataMigrationStartTime(run.startedAt())
                    .dataMigrationEndTime(run.endingAt(now)
                            .filter(ending -> ending.overAt(now))
                            .map(RunEnding::endedAt)
                            .orElse(null))
                    .publicIpAddresses(publicIpAddress(record.arn()));
            if (statistics) {
                view.dataMigrationStatistics(RunStatistics.at(run, now));
            }
        });
        latestEnding(record, now).ifPresent(ending -> view.stopReason(ending.stopReason()));
        lastFailureMessage(record, now).ifPresent(view::lastFailureMessage);
        return view.build();
    }

    private static Optional<RunEnding> latestEnding(DataMigrationRecord record, Instant now) {
        return newestFirst(record.runs()).stream()
                .flatMap(run -> run.endingAt(now).stream())
                .findFirst();
    }

    /** The message of the latest failure or table error that has struck by {@code now}, over all runs. */
    private static Optional<String> lastFailureMessage(DataMigrationRecord record, Instant now) {
        return newestFirst(record.runs()).stream()
                .flatMap(run -> run
                        .firedBy(now)
                        .filter(f -> message(f.incident()).isPresent())
                        .max(Comparator.comparing(MigrationRun.Fired::at))
                        .stream())
                .findFirst()
                .flatMap(f -> message(f.incident()));
    }

    private static Optional<String> message(Incident incident) {
        if (incident instanceof Incident.Failure failure) {
            return Optional.of(failure.message());
        }
        if (incident instanceof Incident.TableError error) {
            return Optional.of(error.message());
        }
        return Optional.empty();
    }

    private static String publicIpAddress(String arn) {
        int hash = arn.hashCode();
        return "52." + ((hash >>> 16) & 0xFF) + "." + ((hash >>> 8) & 0xFF) + "." + (hash & 0xFF);
    }

    private static <T> List<T> newestFirst(List<T> runs) {
        List<T> copy = new ArrayList<>(runs);
        Collections.reverse(copy);
        return copy;
    }
}
