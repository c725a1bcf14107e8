package io.dmstestkit.simulator.internal.assessment;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.replication.ReplicationRecord;
import io.dmstestkit.simulator.internal.replication.Replications;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.Endpoint;

/**
 * The assessment runs of an account and what classic and serverless runs share: which migration a task or
 * replication config is, which individual assessments a run gets (IncludeOnly / Exclude over the
 * applicable ones), and starting a run with the outcomes planned on its subject. Callers hold the account
 * lock.
 */
public final class Assessments {

    private Assessments() {}

    /** What an assessment run assesses: a replication task or a serverless replication config. */
    public record Subject(String arn, String identifier, AssessmentCatalogue.Migration migration) {}

    public static ResourceStore<AssessmentRun> store(AccountState account) {
        return account.store(AssessmentRun.class);
    }

    /** The subject a serverless replication config is. */
    public static Subject ofConfig(AccountState account, ReplicationRecord record) {
        return new Subject(
                record.arn(),
                record.identifier(),
                new AssessmentCatalogue.Migration(
                        engineOf(account, record.config().sourceEndpointArn()),
                        engineOf(account, record.config().targetEndpointArn()),
                        record.config().replicationTypeAsString()));
    }

    /** The config with this ARN as a subject, or ResourceNotFoundFault. */
    static Subject requireConfig(AccountState account, String arn) {
        ReplicationRecord record = Replications.find(account, arn)
                .filter(r -> r.arn().equals(arn))
                .orElseThrow(() -> ServiceError.resourceNotFound("Replication config " + arn + " not found"));
        return ofConfig(account, record);
    }

    static String engineOf(AccountState account, String endpointArn) {
        return account.store(Endpoint.class)
                .get(endpointArn)
                .map(Endpoint::engineName)
                .orElse("unknown");
    }

    /**
     * The assessments a run of {@code subject} gets: the applicable ones, or only {@code includeOnly}, or
     * all but {@code exclude}. Naming one that does not apply is InvalidParameterValueException.
     */
    static List<String> selected(Subject subject, List<String> includeOnly, List<String> exclude) {
        if (!includeOnly.isEmpty() && !exclude.isEmpty()) {
            throw ServiceError.invalidParameterCombination("Give IncludeOnly or Exclude, not both");
        }
        List<String> applicable = AssessmentCatalogue.applicableTo(subject.migration());
        List<String> named = includeOnly.isEmpty() ? exclude : includeOnly;
        for (String name : named) {
            if (!applicable.contains(name)) {
                throw ServiceError.invalidParameterValue("Individual assessment '" + ServiceError.echo(name)
                        + "' does not apply to " + subject.identifier() + " ("
                        + subject.migration().sourceEngine()
                        + " to " + subject.migration().targetEngine() + ", "
                        + subject.migration().migrationType()
                        + "). Applicable: " + String.join(", ", applicable));
            }
        }
        if (!includeOnly.isEmpty()) {
            return applicable.stream().filter(includeOnly::contains).toList();
        }
        Set<String> excluded = Set.copyOf(exclude);
        return applicable.stream().filter(name -> !excluded.contains(name)).toList();
    }

    /** Starts and stores a run of {@code subject} over {@code names}, with the outcomes planned on it. */
    static AssessmentRun start(
            OperationContext context,
            Subject subject,
            String runName,
            List<String> names,
            AssessmentRun.ResultLocation result,
            boolean failOnAssessmentFailure) {
        if (names.isEmpty()) {
            throw ServiceError.invalidParameterValue(
                    "No individual assessment is left to run for " + subject.identifier());
        }
        Map<String, DmsIncident.AssessmentOutcome> outcomes = new LinkedHashMap<>();
        PlannedChecks.of(context.account()).outcomes(subject.arn()).stream()
                .filter(outcome -> names.contains(outcome.assessmentName()))
                .forEach(outcome -> outcomes.put(outcome.assessmentName(), outcome));
        String arn = context.account().ids().newArn("assessment-run");
        return store(context.account())
                .put(
                        arn,
                        AssessmentRun.start(
                                arn,
                                subject.arn(),
                                runName,
                                names,
                                outcomes,
                                result,
                                failOnAssessmentFailure,
                                context.now()));
    }

    /** The runs of one subject, oldest first. */
    static List<AssessmentRun> runsOf(AccountState account, String subjectArn) {
        List<AssessmentRun> runs = new ArrayList<>(store(account).values());
        runs.removeIf(run -> !run.subjectArn().equals(subjectArn));
        runs.sort(Comparator.comparing(AssessmentRun::createdAt));
        return runs;
    }

    /** Whether {@code run} is the newest of its subject. */
    static boolean isLatest(AccountState account, AssessmentRun run) {
        List<AssessmentRun> runs = runsOf(account, run.subjectArn());
        return runs.get(runs.size() - 1).arn().equals(run.arn());
    }

    /** A run of the subject still under way at {@code now}, if any. */
    static Optional<AssessmentRun> inProgress(AccountState account, String subjectArn, Instant now) {
        return runsOf(account, subjectArn).stream()
                .filter(run -> run.inProgressAt(now))
                .findFirst();
    }
}
