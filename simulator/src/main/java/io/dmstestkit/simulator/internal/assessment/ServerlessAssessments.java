package io.dmstestkit.simulator.internal.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;
import io.dmstestkit.simulator.internal.replication.ReplicationRecord;
import io.dmstestkit.simulator.internal.replication.Replications;
import io.dmstestkit.simulator.internal.state.AccountState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/**
 * The premigration assessment of a serverless {@code StartReplication}: its {@code PremigrationAssessmentSettings}
 * (a JSON object: ResultLocationFolder, ResultEncryptionMode, ResultKmsKeyArn, IncludeOnly, Exclude,
 * FailOnAssessmentFailure) start an assessment run of the config alongside the replication's start, and the
 * replication lists its runs in {@code PremigrationAssessmentStatuses}. With FailOnAssessmentFailure (the
 * default) an assessment run that fails makes the replication fail the moment the run ends
 * ({@code Stop Reason FATAL_ERROR}), before it can reach {@code running}.
 *
 * <pre>{@code
 * PremigrationAssessment wanted = ServerlessAssessments.parse(context, record, request.premigrationAssessmentSettings());
 * ServerlessAssessments.start(context, startedRecord, wanted);
 * }</pre>
 */
public final class ServerlessAssessments {

    private static final Set<String> KEYS = Set.of(
            "ResultLocationFolder",
            "ResultEncryptionMode",
            "ResultKmsKeyArn",
            "IncludeOnly",
            "Exclude",
            "FailOnAssessmentFailure");

    private ServerlessAssessments() {}

    /** The assessment a StartReplication asked for, checked before the replication starts. */
    public record PremigrationAssessment(
            List<String> names, AssessmentRun.ResultLocation location, boolean failOnAssessmentFailure) {}

    /**
     * The assessment {@code settings} ask for (null when none was asked for), or InvalidParameterValueException
     * naming what is wrong, so a bad setting never starts half a replication.
     */
    public static PremigrationAssessment parse(OperationContext context, ReplicationRecord record, String settings) {
        if (settings == null) {
            return null;
        }
        JsonNode root = json(settings);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw ServiceError.invalidParameterValue("PremigrationAssessmentSettings has an unknown setting '"
                        + ServiceError.echo(name) + "'. Valid settings: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        String encryption = text(root, "ResultEncryptionMode");
        if (encryption != null && !encryption.equals("SSE_S3") && !encryption.equals("SSE_KMS")) {
            throw ServiceError.invalidParameterValue("Invalid ResultEncryptionMode '" + ServiceError.echo(encryption)
                    + "'. Valid values: SSE_S3 | SSE_KMS");
        }
        if ("SSE_KMS".equals(encryption) && text(root, "ResultKmsKeyArn") == null) {
            throw ServiceError.invalidParameterCombination("ResultEncryptionMode SSE_KMS needs ResultKmsKeyArn");
        }
        JsonNode fail = root.path("FailOnAssessmentFailure");
        if (!fail.isMissingNode() && !fail.isBoolean()) {
            throw ServiceError.invalidParameterValue("FailOnAssessmentFailure must be true or false");
        }
        Assessments.Subject subject = Assessments.ofConfig(context.account(), record);
        List<String> names = Assessments.selected(subject, list(root, "IncludeOnly"), list(root, "Exclude"));
        AssessmentRun.ResultLocation location = new AssessmentRun.ResultLocation(
                null,
                "dms-" + context.accountId() + "-premigration-assessments",
                text(root, "ResultLocationFolder"),
                encryption,
                text(root, "ResultKmsKeyArn"));
        return new PremigrationAssessment(names, location, fail.asBoolean(true));
    }

    /** Starts the run of a replication that has just started; plans its failure when the run will fail it. */
    public static void start(OperationContext context, ReplicationRecord started, PremigrationAssessment wanted) {
        Assessments.Subject subject = Assessments.ofConfig(context.account(), started);
        AssessmentRun run = Assessments.start(
                context,
                subject,
                started.identifier() + "-premigration-" + context.now().getEpochSecond(),
                wanted.names(),
                wanted.location(),
                wanted.failOnAssessmentFailure());
        if (wanted.failOnAssessmentFailure() && run.failsWhenDone()) {
            String reason = run.describeAt(run.endsAt(), true).lastFailureMessage();
            Replications.attachIncident(
                    context.account(),
                    started.arn(),
                    DmsIncident.failAt(
                            run.endsAt(),
                            DmsIncident.Severity.FATAL_ERROR,
                            "Premigration assessment run " + run.arn() + " " + run.finalStatus() + ": " + reason),
                    context.now());
        }
    }

    /** The replication with the assessment runs of its config, oldest first. */
    public static Replication withStatuses(AccountState account, Replication replication, Instant now) {
        List<AssessmentRun> runs = Assessments.runsOf(account, replication.replicationConfigArn());
        if (runs.isEmpty()) {
            return replication;
        }
        return replication.toBuilder()
                .premigrationAssessmentStatuses(
                        runs.stream().map(run -> run.premigrationStatusAt(now)).toList())
                .build();
    }

    private static JsonNode json(String settings) {
        try {
            JsonNode root = SdkJsonCodec.mapper().readTree(settings);
            if (root == null || !root.isObject()) {
                throw ServiceError.invalidParameterValue("PremigrationAssessmentSettings must be a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw ServiceError.invalidParameterValue(
                    "PremigrationAssessmentSettings is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode root, String name) {
        JsonNode value = root.path(name);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    /** A space-separated list (as documented), or a JSON array of names. */
    private static List<String> list(JsonNode root, String name) {
        JsonNode value = root.path(name);
        List<String> names = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> names.add(item.asText()));
        } else if (value.isTextual()) {
            names.addAll(Arrays.stream(value.asText().trim().split("\\s+"))
                    .filter(s -> !s.isEmpty())
                    .toList());
        }
        return names;
    }
}
