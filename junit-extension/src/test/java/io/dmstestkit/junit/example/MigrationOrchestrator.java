package io.dmstestkit.junit.example;

import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException;

/** Stands in for a user's code under test: stops a replication, retrying once when DMS refuses. */
final class MigrationOrchestrator {

    private final DatabaseMigrationClient dms;

    MigrationOrchestrator(DatabaseMigrationClient dms) {
        this.dms = dms;
    }

    void stop(String configArn) {
        try {
            dms.stopReplication(r -> r.replicationConfigArn(configArn));
        } catch (AccessDeniedException refused) {
            dms.stopReplication(r -> r.replicationConfigArn(configArn));
        }
    }
}
