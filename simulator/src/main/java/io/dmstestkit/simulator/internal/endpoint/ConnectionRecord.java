package io.dmstestkit.simulator.internal.endpoint;

import io.dmstestkit.simulator.internal.state.Described;
import io.dmstestkit.simulator.internal.state.Scheduled;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.Connection;

/**
 * A connection test between a replication instance and an endpoint: {@code testing} until
 * {@code finishesAt}, then {@code successful} (or {@code failed} with a message).
 */
record ConnectionRecord(
        String replicationInstanceArn,
        String replicationInstanceIdentifier,
        String endpointArn,
        String endpointIdentifier,
        Instant finishesAt,
        String failureMessage)
        implements Scheduled, Described {

    static String key(String replicationInstanceArn, String endpointArn) {
        return replicationInstanceArn + "|" + endpointArn;
    }

    @Override
    public String describedIn() {
        return "Connections";
    }

    @Override
    public Connection describeAt(Instant now) {
        return toConnection(now);
    }

    Connection toConnection(Instant now) {
        boolean done = !now.isBefore(finishesAt);
        String status = !done ? "testing" : failureMessage == null ? "successful" : "failed";
        return Connection.builder()
                .replicationInstanceArn(replicationInstanceArn)
                .endpointArn(endpointArn)
                .endpointIdentifier(endpointIdentifier)
                .replicationInstanceIdentifier(replicationInstanceIdentifier)
                .status(status)
                .lastFailureMessage(done ? failureMessage : null)
                .build();
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        return now.isBefore(finishesAt) ? Optional.of(finishesAt) : Optional.empty();
    }
}
