package com.example.migration;

import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException;

/** The code under test: stops a replication at cut-over, trying once more when DMS refuses the first stop. */
public final class CutOver {

    private final DatabaseMigrationClient dms;

    public CutOver(DatabaseMigrationClient dms) {
        this.dms = dms;
    }

    public void stop(String replicationConfigArn) {
        try {
            dms.stopReplication(r -> r.replicationConfigArn(replicationConfigArn));
        } catch (AccessDeniedException refused) {
            // IAM changes take a moment to reach DMS: one more try, then give up.
            dms.stopReplication(r -> r.replicationConfigArn(replicationConfigArn));
        }
    }
}
