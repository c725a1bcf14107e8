package io.dmstestkit.simulator.internal.fleetadvisor;

import io.dmstestkit.simulator.internal.state.Described;
import io.dmstestkit.simulator.internal.state.Scheduled;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.FleetAdvisorLsaAnalysisResponse;

/** A large-scale assessment run over the inventory: {@code RUNNING}, then {@code COMPLETED}. */
record LsaAnalysisRecord(String id, Instant startedAt) implements Described, Scheduled {

    static final Duration RUN_TIME = Duration.ofMinutes(30);

    String statusAt(Instant now) {
        return now.isBefore(startedAt.plus(RUN_TIME)) ? "RUNNING" : "COMPLETED";
    }

    @Override
    public String describedIn() {
        return "Analysis";
    }

    @Override
    public FleetAdvisorLsaAnalysisResponse describeAt(Instant now) {
        return FleetAdvisorLsaAnalysisResponse.builder()
                .lsaAnalysisId(id)
                .status(statusAt(now))
                .build();
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        Instant done = startedAt.plus(RUN_TIME);
        return now.isBefore(done) ? Optional.of(done) : Optional.empty();
    }
}
