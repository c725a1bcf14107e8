package io.dmstestkit.simulator.internal.assessment;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.internal.state.Described;
import io.dmstestkit.simulator.internal.state.NamedResource;
import io.dmstestkit.simulator.internal.state.Scheduled;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.databasemigration.model.PremigrationAssessmentStatus;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskAssessmentRun;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskAssessmentRunProgress;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskAssessmentRunResultStatistic;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskIndividualAssessment;

/**
 * One premigration assessment run, of a classic replication task or of a serverless replication: the same
 * timeline for both. {@code starting} for {@link #STARTING}, {@code provisioning} for {@link #PROVISIONING},
 * then {@code running} while its individual assessments run one after the other, {@link #EACH} apiece; then
 * {@code passed}, {@code warning}, {@code failed} or {@code error-executing} from their outcomes (every
 * assessment passes unless a {@link DmsIncident.AssessmentOutcome} was planned for it). A cancel shows
 * {@code cancelling} for {@link #CANCELLING}, then {@code cancelled}; the assessments not yet done are
 * {@code cancelled}. Everything is computed from the virtual time it is read at.
 *
 * <pre>{@code
 * AssessmentRun run = AssessmentRun.start(arn, taskArn, "run-1", names, outcomes, location, false, now);
 * run.statusAt(now.plusSeconds(5));   // "starting"
 * run.endsAt();                       // when it passes or fails
 * }</pre>
 */
public record AssessmentRun(
        String arn,
        String subjectArn,
        String name,
        Instant createdAt,
        List<String> assessmentNames,
        Map<String, DmsIncident.AssessmentOutcome> outcomes,
        ResultLocation result,
        boolean failOnAssessmentFailure,
        Optional<Instant> cancelledAt)
        implements Scheduled, Described, NamedResource {

    static final Duration STARTING = Duration.ofSeconds(10);
    static final Duration PROVISIONING = Duration.ofSeconds(30);
    static final Duration EACH = Duration.ofSeconds(20);
    static final Duration CANCELLING = Duration.ofSeconds(10);

    /** Where the results go, and the role and encryption a classic run was started with. */
    public record ResultLocation(
            String serviceAccessRoleArn, String bucket, String folder, String encryptionMode, String kmsKeyArn) {}

    /** A run that has just been started. */
    public static AssessmentRun start(
            String arn,
            String subjectArn,
            String name,
            List<String> assessmentNames,
            Map<String, DmsIncident.AssessmentOutcome> outcomes,
            ResultLocation result,
            boolean failOnAssessmentFailure,
            Instant now) {
        return new AssessmentRun(
                arn,
                subjectArn,
                name,
                now,
                List.copyOf(assessmentNames),
                Map.copyOf(outcomes),
                result,
                failOnAssessmentFailure,
                Optional.empty());
    }

    @Override
    public String name() {
        return name;
    }

    Instant runningAt() {
        return createdAt.plus(STARTING).plus(PROVISIONING);
    }

    private Instant startOf(int index) {
        return runningAt().plus(EACH.multipliedBy(index));
    }

    /** When the run finishes if nobody cancels it. */
    public Instant endsAt() {
        return startOf(assessmentNames.size());
    }

    /** Whether a cancel cut the run before it finished. */
    private Optional<Instant> cutAt() {
        return cancelledAt.filter(at -> at.isBefore(endsAt()));
    }

    /** Whether the run is still under way at {@code now} (may be cancelled, must not be deleted). */
    public boolean inProgressAt(Instant now) {
        Instant over = cutAt().map(at -> at.plus(CANCELLING)).orElse(endsAt());
        return now.isBefore(over);
    }

    @Override
    public String statusAt(Instant now) {
        Optional<Instant> cut = cutAt();
        if (cut.isPresent() && !now.isBefore(cut.get())) {
            return now.isBefore(cut.get().plus(CANCELLING)) ? "cancelling" : "cancelled";
        }
        if (now.isBefore(createdAt.plus(STARTING))) {
            return "starting";
        }
        if (now.isBefore(runningAt())) {
            return "provisioning";
        }
        if (now.isBefore(endsAt())) {
            return "running";
        }
        return finalStatus();
    }

    /** The status the run ends with: the worst outcome of its assessments. */
    String finalStatus() {
        List<String> results = assessmentNames.stream().map(this::outcomeOf).toList();
        if (results.contains("failed")) {
            return "failed";
        }
        if (results.contains("error")) {
            return "error-executing";
        }
        return results.contains("warning") ? "warning" : "passed";
    }

    /** Whether the run fails once over (what FailOnAssessmentFailure reacts to). */
    public boolean failsWhenDone() {
        return !finalStatus().equals("passed") && !finalStatus().equals("warning");
    }

    private String outcomeOf(String assessment) {
        DmsIncident.AssessmentOutcome outcome = outcomes.get(assessment);
        return outcome == null ? "passed" : outcome.status();
    }

    /** The status of the individual assessment at {@code index} at {@code now}. */
    String individualStatusAt(int index, Instant now) {
        Instant start = startOf(index);
        Instant done = startOf(index + 1);
        Optional<Instant> cut = cutAt();
        if (cut.isPresent() && !now.isBefore(cut.get()) && cut.get().isBefore(done)) {
            return "cancelled";
        }
        if (now.isBefore(start)) {
            return "pending";
        }
        return now.isBefore(done) ? "running" : outcomeOf(assessmentNames.get(index));
    }

    private List<String> individualStatusesAt(Instant now) {
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < assessmentNames.size(); i++) {
            statuses.add(individualStatusAt(i, now));
        }
        return statuses;
    }

    private Optional<String> lastFailureMessageAt(Instant now) {
        String message = null;
        for (int i = 0; i < assessmentNames.size(); i++) {
            DmsIncident.AssessmentOutcome outcome = outcomes.get(assessmentNames.get(i));
            String status = individualStatusAt(i, now);
            if (outcome != null && status.equals(outcome.status()) && !status.equals("warning")) {
                message = assessmentNames.get(i) + ": " + outcome.message();
            }
        }
        return Optional.ofNullable(message);
    }

    private ReplicationTaskAssessmentRunProgress progressAt(Instant now) {
        long completed = individualStatusesAt(now).stream()
                .filter(s -> !s.equals("pending") && !s.equals("running") && !s.equals("cancelled"))
                .count();
        return ReplicationTaskAssessmentRunProgress.builder()
                .individualAssessmentCount(assessmentNames.size())
                .individualAssessmentCompletedCount((int) completed)
                .build();
    }

    private ReplicationTaskAssessmentRunResultStatistic statisticAt(Instant now) {
        List<String> statuses = individualStatusesAt(now);
        return ReplicationTaskAssessmentRunResultStatistic.builder()
                .passed(count(statuses, "passed"))
                .failed(count(statuses, "failed"))
                .error(count(statuses, "error"))
                .warning(count(statuses, "warning"))
                .cancelled(count(statuses, "cancelled"))
                .skipped(count(statuses, "skipped"))
                .build();
    }

    private static int count(List<String> statuses, String status) {
        return (int) statuses.stream().filter(status::equals).count();
    }

    /** The run as DescribeReplicationTaskAssessmentRuns shows it. */
    public ReplicationTaskAssessmentRun describeAt(Instant now, boolean latest) {
        return ReplicationTaskAssessmentRun.builder()
                .replicationTaskAssessmentRunArn(arn)
                .replicationTaskArn(subjectArn)
                .status(statusAt(now))
                .replicationTaskAssessmentRunCreationDate(createdAt)
                .assessmentProgress(progressAt(now))
                .lastFailureMessage(lastFailureMessageAt(now).orElse(null))
                .serviceAccessRoleArn(result.serviceAccessRoleArn())
                .resultLocationBucket(result.bucket())
                .resultLocationFolder(result.folder())
                .resultEncryptionMode(result.encryptionMode())
                .resultKmsKeyArn(result.kmsKeyArn())
                .assessmentRunName(name)
                .isLatestTaskAssessmentRun(latest)
                .resultStatistic(statisticAt(now))
                .build();
    }

    /** The run as a serverless replication's PremigrationAssessmentStatuses shows it. */
    public PremigrationAssessmentStatus premigrationStatusAt(Instant now) {
        return PremigrationAssessmentStatus.builder()
                .premigrationAssessmentRunArn(arn)
                .failOnAssessmentFailure(failOnAssessmentFailure)
                .status(statusAt(now))
                .premigrationAssessmentRunCreationDate(createdAt)
                .assessmentProgress(progressAt(now))
                .lastFailureMessage(lastFailureMessageAt(now).orElse(null))
                .resultLocationBucket(result.bucket())
                .resultLocationFolder(result.folder())
                .resultEncryptionMode(result.encryptionMode())
                .resultKmsKeyArn(result.kmsKeyArn())
                .resultStatistic(statisticAt(now))
                .build();
    }

    /** The individual assessments as DescribeReplicationTaskIndividualAssessments shows them. */
    public List<ReplicationTaskIndividualAssessment> individualAssessmentsAt(Instant now) {
        List<ReplicationTaskIndividualAssessment> individual = new ArrayList<>();
        for (int i = 0; i < assessmentNames.size(); i++) {
            individual.add(ReplicationTaskIndividualAssessment.builder()
                    .replicationTaskIndividualAssessmentArn(
                            arn.replace(":assessment-run:", ":individual-assessment:") + "-" + (i + 1))
                    .replicationTaskAssessmentRunArn(arn)
                    .individualAssessmentName(assessmentNames.get(i))
                    .status(individualStatusAt(i, now))
                    .replicationTaskIndividualAssessmentStartDate(now.isBefore(startOf(i)) ? null : startOf(i))
                    .build());
        }
        return individual;
    }

    /** This run, cancelled at {@code now}. */
    AssessmentRun cancelled(Instant now) {
        return new AssessmentRun(
                arn,
                subjectArn,
                name,
                createdAt,
                assessmentNames,
                outcomes,
                result,
                failOnAssessmentFailure,
                Optional.of(now));
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        List<Instant> changes = new ArrayList<>(List.of(createdAt.plus(STARTING), runningAt()));
        for (int i = 1; i <= assessmentNames.size(); i++) {
            changes.add(startOf(i));
        }
        cutAt().ifPresent(cut -> {
            changes.removeIf(at -> at.isAfter(cut));
            changes.add(cut.plus(CANCELLING));
        });
        return changes.stream().filter(at -> at.isAfter(now)).min(Instant::compareTo);
    }

    @Override
    public String describedIn() {
        return "ReplicationTaskAssessmentRuns";
    }

    @Override
    public SdkPojo describeAt(Instant now) {
        return describeAt(now, true);
    }
}
