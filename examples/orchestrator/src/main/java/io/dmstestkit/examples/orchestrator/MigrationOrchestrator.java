package io.dmstestkit.examples.orchestrator;

import java.util.Objects;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Cuts a serverless DMS replication over: the kind of code teams write around DMS, and the system under
 * test of these examples. It depends on nothing but the AWS SDK's {@link DatabaseMigrationClient}.
 *
 * <p>{@link #cutOver(String)} finds the replication config, starts it ({@code start-replication} the first
 * time, {@code resume-processing} after an earlier stop), polls {@code DescribeReplications} until it runs
 * with the full load at 100 %, stops it, and waits until it is stopped. On the way it
 *
 * <ul>
 *   <li>retries throttled calls with exponential backoff and calls that hit a failed dependency a few
 *       times;
 *   <li>fails at once with {@link PermissionDeniedException} when DMS denies access (a human must fix IAM);
 *   <li>restarts a run that failed with {@code Stop Reason FATAL_ERROR} once with {@code reload-target}, and
 *       gives up with {@link ReplicationFailedException} (carrying DMS's {@code FailureMessages}) if it fails
 *       again;
 *   <li>resumes a run that failed with {@code Stop Reason RECOVERABLE_ERROR} with {@code resume-processing}.
 * </ul>
 *
 * <p>Every wait goes through the {@link Pause} it is given, never by sleeping the thread itself, so tests
 * can let virtual time pass instead.
 *
 * <pre>{@code
 * MigrationOrchestrator orchestrator = new MigrationOrchestrator(DatabaseMigrationClient.create(), Pause.realTime());
 * CutOverResult result = orchestrator.cutOver("orders");
 * // result.stopReason() is "Stop Reason NORMAL"
 * }</pre>
 *
 * <p>Thread-safe: each cut-over keeps its own state.
 */
public final class MigrationOrchestrator {

    private final DatabaseMigrationClient dms;
    private final Pause pause;
    private final OrchestratorSettings settings;

    /** An orchestrator with {@link OrchestratorSettings#defaults()}. */
    public MigrationOrchestrator(DatabaseMigrationClient dms, Pause pause) {
        this(dms, pause, OrchestratorSettings.defaults());
    }

    public MigrationOrchestrator(DatabaseMigrationClient dms, Pause pause, OrchestratorSettings settings) {
        this.dms = Objects.requireNonNull(dms, "dms");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Runs the replication of a config to cut-over and stops it.
     *
     * <pre>{@code
     * CutOverResult result = orchestrator.cutOver("orders");
     * }</pre>
     *
     * @param replicationConfigIdentifier the config's identifier (not its ARN)
     * @return how the replication stopped, how often it was restarted, and notes on what happened
     * @throws PermissionDeniedException when DMS denies a call
     * @throws ReplicationFailedException when the replication fails beyond what the orchestrator recovers from
     * @throws OrchestrationException when the config does not exist, retries run out or the wait is too long
     */
    public CutOverResult cutOver(String replicationConfigIdentifier) {
        Objects.requireNonNull(replicationConfigIdentifier, "replicationConfigIdentifier");
        return new CutOver(dms, settings, pause, replicationConfigIdentifier).run();
    }
}
