package io.dmstestkit.benchmarks;

import io.dmstestkit.simulator.DmsSimulator;
import java.util.Map;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * A lifecycle run once on a fresh in-process simulator, polling until each milestone shows, with every
 * answer kept: the reference the variants of {@link LifecycleBenchmark} follow. Its shape fixes how many
 * polls each variant makes; its answers become the static stubs of the floor.
 *
 * <pre>{@code
 * LifecycleRecording recording = LifecycleRecording.record();
 * recording.shape().calls();                                  // SDK calls per lifecycle
 * }</pre>
 *
 * @param shape the polls per milestone
 * @param lastAnswers the last simulator answer per {@code X-Amz-Target}
 * @param stopReason the StopReason the lifecycle ended with
 */
record LifecycleRecording(LifecycleShape shape, Map<String, CannedResponse> lastAnswers, String stopReason) {

    /** A guard against a simulator that never gets there; a lifecycle takes a few dozen polls. */
    static final int MAX_POLLS = 1_000;

    static LifecycleRecording record() {
        DmsSimulator simulator = Simulators.forLifecycles(Clients.ACCOUNT);
        RecordingHttpClient http = new RecordingHttpClient(simulator.inProcessHttpClient());
        try (DatabaseMigrationClient dms = Clients.over(http, Clients.ACCOUNT)) {
            Polling.UntilReached polling = Polling.untilReached(MAX_POLLS);
            Lifecycle.Outcome outcome = new Lifecycle(dms, Lifecycle.jumpToNextChange(simulator)).run(polling);
            return new LifecycleRecording(polling.shape(), http.lastAnswers(), outcome.stopReason());
        }
    }
}
