package io.dmstestkit.spock.example

import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient
import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException

/** Stands in for a user's code under test: stops a replication, retrying once when DMS refuses. */
class MigrationOrchestrator {

    private final DatabaseMigrationClient dms

    MigrationOrchestrator(DatabaseMigrationClient dms) {
        this.dms = dms
    }

    void stop(String configArn) {
        try {
            dms.stopReplication { it.replicationConfigArn(configArn) }
        } catch (AccessDeniedException ignored) {
            dms.stopReplication { it.replicationConfigArn(configArn) }
        }
    }
}
