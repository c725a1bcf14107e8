package io.dmstestkit.junit;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/**
 * Reads the awaited resource through the SDK client, as the code under test would poll it. By identifier
 * (or name) or by ARN; absent while DMS describes nothing yet.
 */
interface Observer<T> {

    String kind();

    Optional<T> read();

    Progress progress(T value);

    static Observer<Replication> replication(DatabaseMigrationClient client, String configArnOrId) {
        String filter = configArnOrId.startsWith("arn:") ? "replication-config-arn" : "replication-config-id";
        return new Observer<>() {
            @Override
            public String kind() {
                return Progress.REPLICATION;
            }

            @Override
            public Optional<Replication> read() {
                try {
                    return first(client.describeReplications(
                                    r -> r.filters(f -> f.name(filter).values(configArnOrId)))
                            .replications());
                } catch (ResourceNotFoundException notStartedYet) {
                    return Optional.empty();
                }
            }

            @Override
            public Progress progress(Replication value) {
                return Progress.of(value);
            }
        };
    }

    static Observer<DataMigration> dataMigration(DatabaseMigrationClient client, String arnOrName) {
        String filter = arnOrName.startsWith("arn:") ? "data-migration-arn" : "data-migration-name";
        return new Observer<>() {
            @Override
            public String kind() {
                return Progress.DATA_MIGRATION;
            }

            @Override
            public Optional<DataMigration> read() {
                try {
                    return first(client.describeDataMigrations(
                                    r -> r.filters(f -> f.name(filter).values(arnOrName)))
                            .dataMigrations());
                } catch (ResourceNotFoundException notCreatedYet) {
                    return Optional.empty();
                }
            }

            @Override
            public Progress progress(DataMigration value) {
                return Progress.of(value);
            }
        };
    }

    private static <T> Optional<T> first(List<T> found) {
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
}
