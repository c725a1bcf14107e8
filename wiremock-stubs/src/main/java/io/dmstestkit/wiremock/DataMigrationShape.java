package io.dmstestkit.wiremock;

import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.wiremock.internal.stubs.ExampleArns;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.DataMigrationStatistics;

/**
 * A canned data migration (DMS homogeneous migrations) for static stubs, built on the SDK's own
 * {@link DataMigration} model. Start from {@link DmsResponses#dataMigration()}.
 *
 * <pre>{@code
 * DataMigrationShape stopped = DmsResponses.dataMigration()
 *     .name("orders-copy")
 *     .status("STOPPED")
 *     .stopReason("User stopped the migration");
 * server.stubFor(DmsStubs.operation("StopDataMigration").willReturn(DmsResponses.stopDataMigration(stopped)));
 * }</pre>
 *
 * <p>Defaults: name {@code data-migration-1} with a stable ARN derived from it, status {@code RUNNING},
 * type {@code full-load-and-cdc}, created at {@link SimulatedClock#DEFAULT_START}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DataMigrationShape {

    private final DataMigration.Builder migration = DataMigration.builder()
            .dataMigrationName("data-migration-1")
            .dataMigrationStatus("RUNNING")
            .dataMigrationType("full-load-and-cdc")
            .migrationProjectArn(ExampleArns.of("migration-project", "project-1"))
            .dataMigrationCreateTime(SimulatedClock.DEFAULT_START);
    private final DataMigrationStatistics.Builder statistics = DataMigrationStatistics.builder();
    private boolean hasStatistics;
    private String name = "data-migration-1";
    private String arn;

    DataMigrationShape() {}

    /** {@code DataMigrationName}; the ARN follows it unless set with {@link #arn}. */
    public DataMigrationShape name(String name) {
        this.name = Objects.requireNonNull(name, "name");
        migration.dataMigrationName(name);
        return this;
    }

    /** {@code DataMigrationArn}. */
    public DataMigrationShape arn(String arn) {
        this.arn = Objects.requireNonNull(arn, "arn");
        return this;
    }

    /** {@code DataMigrationStatus}, e.g. {@code RUNNING}, {@code STOPPED}, {@code FAILED}. */
    public DataMigrationShape status(String status) {
        migration.dataMigrationStatus(status);
        return this;
    }

    /** {@code DataMigrationType}: {@code full-load}, {@code cdc} or {@code full-load-and-cdc}. */
    public DataMigrationShape type(String type) {
        migration.dataMigrationType(type);
        return this;
    }

    /** {@code DataMigrationStatistics.FullLoadPercentage}. */
    public DataMigrationShape fullLoadPercentage(int percent) {
        return statistics(s -> s.fullLoadPercentage(percent));
    }

    /** {@code DataMigrationStatistics.CDCLatency}, in whole seconds. */
    public DataMigrationShape cdcLatency(Duration latency) {
        return statistics(s -> s.cdcLatency(Math.toIntExact(latency.toSeconds())));
    }

    /** {@code DataMigrationStatistics.TablesLoaded}. */
    public DataMigrationShape tablesLoaded(int tables) {
        return statistics(s -> s.tablesLoaded(tables));
    }

    /** {@code DataMigrationStatistics.TablesErrored}. */
    public DataMigrationShape tablesErrored(int tables) {
        return statistics(s -> s.tablesErrored(tables));
    }

    /** Any other {@code DataMigrationStatistics} member. */
    public DataMigrationShape statistics(Consumer<DataMigrationStatistics.Builder> change) {
        change.accept(statistics);
        hasStatistics = true;
        return this;
    }

    /** {@code StopReason}. */
    public DataMigrationShape stopReason(String reason) {
        migration.stopReason(reason);
        return this;
    }

    /** {@code LastFailureMessage}. */
    public DataMigrationShape lastFailureMessage(String message) {
        migration.lastFailureMessage(message);
        return this;
    }

    /** {@code DataMigrationCreateTime}. */
    public DataMigrationShape createdAt(Instant time) {
        migration.dataMigrationCreateTime(time);
        return this;
    }

    /** Anything else of the SDK model, e.g. {@code with(m -> m.serviceAccessRoleArn(role))}. */
    public DataMigrationShape with(Consumer<DataMigration.Builder> change) {
        change.accept(migration);
        return this;
    }

    /** The SDK model object, as the stubs send it. */
    public DataMigration build() {
        DataMigration.Builder copy = migration.build().toBuilder()
                .dataMigrationArn(arn != null ? arn : ExampleArns.of("data-migration", name));
        if (hasStatistics) {
            copy.dataMigrationStatistics(statistics.build());
        }
        return copy.build();
    }
}
