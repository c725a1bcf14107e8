package io.dmstestkit.junit;

import software.amazon.awssdk.services.databasemigration.model.Replication;

/** SDK replications as DMS describes them, for assertion tests. */
final class Replications {

    static final String ARN = "arn:aws:dms:us-east-1:123456789012:replication-config:ORDERS0000000000000000001";

    private Replications() {}

    static Replication.Builder orders() {
        return Replication.builder().replicationConfigIdentifier("orders").replicationConfigArn(ARN);
    }

    static Replication failedAt40Percent() {
        return orders().status("failed")
                .stopReason("Stop Reason FATAL_ERROR")
                .failureMessages("ORA-01555: snapshot too old")
                .replicationStats(stats -> stats.fullLoadProgressPercent(40)
                        .tablesLoaded(1)
                        .tablesLoading(1)
                        .tablesQueued(2)
                        .tablesErrored(0))
                .build();
    }

    static Replication stoppedNormally() {
        return orders().status("stopped")
                .stopReason("Stop Reason NORMAL")
                .replicationStats(stats -> stats.fullLoadProgressPercent(100).tablesLoaded(4))
                .build();
    }
}
