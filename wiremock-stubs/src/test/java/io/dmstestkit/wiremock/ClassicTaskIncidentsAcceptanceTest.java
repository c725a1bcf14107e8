package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsIncident.Severity;
import io.dmstestkit.simulator.TableMappings;
import io.dmstestkit.simulator.TableSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskAssessmentRun;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * Incidents planned over HTTP on a classic replication task (issue 13), by raw JSON and by
 * {@link DmsAdminClient}, seen by the real SDK v2 client: every run incident that works on a serverless
 * replication works when the admin API names a task.
 */
class ClassicTaskIncidentsAcceptanceTest {

    private static final String ACCOUNT = HttpTestClients.ACCOUNT;

    @AutoClose
    private final DmsServer server = DmsServer.builder().start();

    @AutoClose
    private final DatabaseMigrationClient client = HttpTestClients.syncClient(server.baseUri());

    private final AdminHttp http = new AdminHttp(server.baseUri());
    private final DmsAdminClient admin = DmsAdminClient.of(server.baseUri());

    @Test
    void should_fail_a_task_at_the_planned_percent_with_a_fatal_error() {
        String arn = readyTask("orders-task", "full-load");

        AdminHttp.Answer planned = http.post("/incidents", """
                {"account": "%s", "resource": "orders-task", "incident": "failAtPercent", "percent": 40,
                 "severity": "FATAL_ERROR", "message": "ORA-01555: snapshot too old"}
                """.formatted(ACCOUNT));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        start(arn);
        ReplicationTask failed = jumpUntil(arn, t -> "failed".equals(t.status()));

        assertThat(failed.stopReason()).isEqualTo("Stop Reason FATAL_ERROR");
        assertThat(failed.lastFailureMessage()).contains("ORA-01555");
        assertThat(failed.replicationTaskStats().fullLoadProgressPercent()).isBetween(40, 41);
    }

    @Test
    void should_fail_a_task_named_by_arn_at_the_planned_percent_with_a_recoverable_error() {
        String arn = readyTask("orders-task", "full-load");

        admin.planIncident(
                ACCOUNT, "us-east-1", arn, DmsIncident.failAtPercent(25, Severity.RECOVERABLE_ERROR, "network blip"));
        start(arn);
        ReplicationTask failed = jumpUntil(arn, t -> "failed".equals(t.status()));

        assertThat(failed.stopReason()).isEqualTo("Stop Reason RECOVERABLE_ERROR");
        assertThat(failed.lastFailureMessage()).contains("network blip");
    }

    @Test
    void should_fail_a_task_at_the_planned_time() {
        String arn = readyTask("orders-task", "full-load-and-cdc");
        start(arn);
        jumpUntil(arn, t -> "running".equals(t.status()));
        Instant soon = server.simulator().clock().now().plus(Duration.ofMinutes(1));

        admin.planIncident(ACCOUNT, "us-east-1", "orders-task", DmsIncident.failAt(soon, Severity.FATAL_ERROR, "boom"));
        server.simulator().clock().advance(Duration.ofMinutes(2));

        ReplicationTask failed = describe(arn);
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.stopReason()).isEqualTo("Stop Reason FATAL_ERROR");
    }

    @Test
    void should_put_one_table_of_a_task_into_error_and_keep_it_running() {
        String arn = readyTask("orders-task", "full-load-and-cdc");
        start(arn);
        jumpUntil(arn, t -> "running".equals(t.status()));
        Instant soon = server.simulator().clock().now().plus(Duration.ofMinutes(1));

        AdminHttp.Answer planned = http.post("/incidents", """
                {"account": "%s", "resource": "%s", "incident": "tableError", "table": "public.orders",
                 "at": "%s", "message": "duplicate key"}
                """.formatted(ACCOUNT, arn, soon));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        server.simulator().clock().advance(Duration.ofMinutes(2));

        assertThat(client.describeTableStatistics(r -> r.replicationTaskArn(arn))
                        .tableStatistics())
                .filteredOn(t -> t.tableName().equals("orders"))
                .singleElement()
                .extracting(TableStatistics::tableState)
                .isEqualTo("Table error");
        assertThat(describe(arn).status()).isEqualTo("running");
    }

    @Test
    void should_report_a_latency_spike_planned_on_a_task() {
        String arn = readyTask("orders-task", "full-load-and-cdc");
        assertThat(admin.cdcLatency(ACCOUNT, "us-east-1", "orders-task")).isEmpty();
        start(arn);
        jumpUntil(
                arn,
                t -> "running".equals(t.status())
                        && Integer.valueOf(100).equals(t.replicationTaskStats().fullLoadProgressPercent()));

        admin.planIncident(
                ACCOUNT,
                "us-east-1",
                "orders-task",
                DmsIncident.latencySpike(
                        server.simulator().clock().now(), Duration.ofMinutes(10), Duration.ofSeconds(45)));
        server.simulator().clock().advance(Duration.ofMinutes(1));

        Optional<Duration> latency = admin.cdcLatency(ACCOUNT, "us-east-1", "orders-task");
        assertThat(latency).hasValueSatisfying(l -> assertThat(l).isGreaterThanOrEqualTo(Duration.ofSeconds(45)));
    }

    @Test
    void should_fail_a_task_assessment_planned_over_http() {
        String arn = readyTask("orders-task", "full-load");

        AdminHttp.Answer planned = http.post("/incidents", """
                {"account": "%s", "resource": "orders-task", "incident": "assessmentOutcome",
                 "assessment": "unsupported-data-types-in-source", "status": "failed", "message": "column geo: GEOMETRY"}
                """.formatted(ACCOUNT));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        String run = client.startReplicationTaskAssessmentRun(r -> r.replicationTaskArn(arn)
                        .assessmentRunName("doomed-run")
                        .serviceAccessRoleArn("arn:aws:iam::123456789012:role/dms-assessments")
                        .resultLocationBucket("assessment-results")
                        .includeOnly("unsupported-data-types-in-source"))
                .replicationTaskAssessmentRun()
                .replicationTaskAssessmentRunArn();

        ReplicationTaskAssessmentRun failed = null;
        for (int polls = 0; polls < 50 && failed == null; polls++) {
            ReplicationTaskAssessmentRun now = client.describeReplicationTaskAssessmentRuns(r -> r.filters(
                            f -> f.name("replication-task-assessment-run-arn").values(run)))
                    .replicationTaskAssessmentRuns()
                    .get(0);
            if (!now.status().matches("starting|provisioning|running")) {
                failed = now;
            } else {
                server.simulator()
                        .clock()
                        .advanceTo(server.simulator().nextChange().orElseThrow());
            }
        }
        assertThat(failed).isNotNull();
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.lastFailureMessage()).contains("unsupported-data-types-in-source", "GEOMETRY");
    }

    /** Endpoints, an available instance and a task on it selecting every table, jumped to {@code ready}. */
    private String readyTask(String identifier, String type) {
        admin.declareTables(
                ACCOUNT,
                "us-east-1",
                List.of(TableSpec.parse("public.orders", 200_000), TableSpec.parse("public.customers", 50_000)));
        String source = endpoint(identifier + "-source", "source");
        String target = endpoint(identifier + "-target", "target");
        String instance = client.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier(identifier + "-instance")
                                .replicationInstanceClass("dms.t3.medium"))
                .replicationInstance()
                .replicationInstanceArn();
        server.simulator().clock().advance(Duration.ofHours(1));
        String arn = client.createReplicationTask(r -> r.replicationTaskIdentifier(identifier)
                        .sourceEndpointArn(source)
                        .targetEndpointArn(target)
                        .replicationInstanceArn(instance)
                        .migrationType(type)
                        .tableMappings(TableMappings.everything()))
                .replicationTask()
                .replicationTaskArn();
        return jumpUntil(arn, t -> "ready".equals(t.status())).replicationTaskArn();
    }

    private String endpoint(String identifier, String type) {
        return client.createEndpoint(
                        r -> r.endpointIdentifier(identifier).endpointType(type).engineName("postgres"))
                .endpoint()
                .endpointArn();
    }

    private void start(String arn) {
        client.startReplicationTask(r -> r.replicationTaskArn(arn).startReplicationTaskType("start-replication"));
    }

    private ReplicationTask describe(String arn) {
        return client.describeReplicationTasks(
                        r -> r.filters(f -> f.name("replication-task-arn").values(arn)))
                .replicationTasks()
                .get(0);
    }

    /** Polls as user code would, jumping the virtual clock to the next planned change between polls. */
    private ReplicationTask jumpUntil(String arn, Predicate<ReplicationTask> condition) {
        for (int polls = 0; polls < 200; polls++) {
            ReplicationTask task = describe(arn);
            if (condition.test(task)) {
                return task;
            }
            Optional<Instant> next = server.simulator().nextChange();
            assertThat(next).as("the task never got there; it stays %s", task).isPresent();
            server.simulator().clock().advanceTo(next.get());
        }
        throw new AssertionError("the task did not get there in 200 polls");
    }
}
