package io.dmstestkit.examples.orchestrator;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.FailedDependencyException;

/**
 * Makes DMS calls with the orchestrator's error policy, on top of the SDK's own retries:
 *
 * <ul>
 *   <li>throttling (DMS answers {@code ThrottlingException}, which the SDK has no class for, so it arrives as
 *       a {@link DatabaseMigrationException} once the SDK gave up) is retried with exponential backoff;
 *   <li>{@link FailedDependencyException} is retried a few times, with the same backoff;
 *   <li>{@link AccessDeniedException} fails at once with a {@link PermissionDeniedException}: only a human
 *       fixing IAM helps, and retrying would only delay the page;
 *   <li>anything else goes to the caller unchanged.
 * </ul>
 *
 * <pre>{@code
 * RetryingCalls calls = new RetryingCalls(settings, pause, notes::add);
 * calls.call("StopReplication", () -> dms.stopReplication(r -> r.replicationConfigArn(arn)));
 * }</pre>
 */
final class RetryingCalls {

    private static final String THROTTLING = "ThrottlingException";

    private final OrchestratorSettings settings;
    private final Pause pause;
    private final Consumer<String> notes;

    RetryingCalls(OrchestratorSettings settings, Pause pause, Consumer<String> notes) {
        this.settings = settings;
        this.pause = pause;
        this.notes = notes;
    }

    <T> T call(String operation, Supplier<T> call) {
        int throttled = 0;
        int failedDependencies = 0;
        while (true) {
            try {
                return call.get();
            } catch (AccessDeniedException e) {
                throw new PermissionDeniedException(operation, e);
            } catch (FailedDependencyException e) {
                failedDependencies++;
                retryOrGiveUp(operation, "failed dependency", failedDependencies, settings.dependencyRetries(), e);
            } catch (DatabaseMigrationException e) {
                if (!isThrottling(e)) {
                    throw e;
                }
                throttled++;
                retryOrGiveUp(operation, "throttled", throttled, settings.throttlingRetries(), e);
            }
        }
    }

    private void retryOrGiveUp(
            String operation, String what, int failures, int retries, DatabaseMigrationException cause) {
        if (failures > retries) {
            throw new OrchestrationException(
                    operation + " " + what + " " + failures + " times in a row; giving up: " + message(cause), cause);
        }
        Duration backoff = backoff(failures);
        notes.accept(operation + " " + what + " (" + message(cause) + "); retry " + failures + " of " + retries + " in "
                + backoff.toSeconds() + "s");
        pause.pause(backoff);
    }

    /** {@code firstBackoff}, doubled for every earlier failure, at most {@code maxBackoff}. */
    private Duration backoff(int failures) {
        Duration backoff = settings.firstBackoff();
        for (int i = 1; i < failures && backoff.compareTo(settings.maxBackoff()) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : backoff;
    }

    private static boolean isThrottling(DatabaseMigrationException e) {
        return e.awsErrorDetails() != null
                && THROTTLING.equals(e.awsErrorDetails().errorCode());
    }

    private static String message(DatabaseMigrationException e) {
        return e.awsErrorDetails() == null
                ? e.getMessage()
                : e.awsErrorDetails().errorMessage();
    }
}
