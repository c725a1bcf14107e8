package io.dmstestkit.simulator.internal.datamigration;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.internal.run.Ending;
import java.time.Instant;
import java.util.Collection;
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
            view.dataMigrationStartTime(run.plan().startedAt())
                    .dataMigrationEndTime(run.endingBy(now).map(Ending::endedAt).orElse(null))
                    .publicIpAddresses(publicIpAddress(record.arn()));
            if (statistics) {
                view.dataMigrationStatistics(RunStatistics.at(run, now));
            }
        });
        record.runs()
                .lastHaltBy(now)
                .ifPresent(ending -> view.stopReason(ending.reason().wireValue()));
        record.runs().lastFailureBy(now).map(h -> message(h.incident())).ifPresent(view::lastFailureMessage);
        return view.build();
    }

    private static String message(DmsIncident incident) {
        if (incident instanceof DmsIncident.TableError error) {
            return error.message();
        }
        if (incident instanceof DmsIncident.FailAtPercent fail) {
            return fail.message();
        }
        if (incident instanceof DmsIncident.FailAt fail) {
            return fail.message();
        }
        return ((DmsIncident.ProvisioningFailure) incident).message();
    }

    private static String publicIpAddress(String arn) {
        int hash = arn.hashCode();
        return "52." + ((hash >>> 16) & 0xFF) + "." + ((hash >>> 8) & 0xFF) + "." + (hash & 0xFF);
    }
}
