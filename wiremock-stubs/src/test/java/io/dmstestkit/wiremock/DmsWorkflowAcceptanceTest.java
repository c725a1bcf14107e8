package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.TableMappings;
import io.dmstestkit.simulator.TableSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationAsyncClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * The whole serverless workflow and the data migration chain, through the real SDK v2 clients over HTTP
 * (Apache sync and Netty async) against the standalone server; the manual clock jumps to each change.
 */
class DmsWorkflowAcceptanceTest {

    private final DmsSimulator simulator =
            DmsSimulator.builder().clock(SimulatedClock.manual()).build();
    private final DmsServer server =
            DmsServer.builder().port(0).simulator(simulator).start();
    private final DatabaseMigrationClient dms = HttpTestClients.syncClient(server.baseUri());
    private final DatabaseMigrationAsyncClient async = HttpTestClients.asyncClient(server.baseUri());

    @AfterEach
    void close() {
        dms.close();
        async.close();
        server.close();
    }

    @Test
    void should_run_start_poll_stop_resume_and_reload_a_full_load_and_cdc_replication() {
        String arn = createConfig("orders", "full-load-and-cdc");

        dms.startReplication(r -> r.replicationConfigArn(arn).startReplicationType("start-replication"));
        Replication loaded = jumpUntil(
                arn,
                r -> "running".equals(r.status())
                        && Integer.valueOf(100).equals(r.replicationStats().fullLoadProgressPercent()));
        assertThat(loaded.replicationStats().tablesLoaded()).isEqualTo(2);
        assertThat(loaded.provisionData().provisionState()).isEqualTo("provisioned");

        List<TableStatistics> tables = dms.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn))
                .replicationTableStatistics();
        assertThat(tables).extracting(TableStatistics::tableState).containsOnly("Table completed");
        assertThat(tables).extracting(TableStatistics::fullLoadRows).containsExactlyInAnyOrder(20_000L, 50_000L);

        dms.stopReplication(r -> r.replicationConfigArn(arn));
        Replication stopped = jumpUntil(arn, r -> "stopped".equals(r.status()));
        assertThat(stopped.stopReason()).isEqualTo("Stop Reason NORMAL");

        dms.startReplication(r -> r.replicationConfigArn(arn).startReplicationType("resume-processing"));
        assertThat(jumpUntil(arn, r -> "running".equals(r.status())).startReplicationType())
                .isEqualTo("resume-processing");

        dms.stopReplication(r -> r.replicationConfigArn(arn));
        jumpUntil(arn, r -> "stopped".equals(r.status()));
        dms.startReplication(r -> r.replicationConfigArn(arn).startReplicationType("reload-target"));
        Replication reloaded = jumpUntil(
                arn,
                r -> "running".equals(r.status())
                        && Integer.valueOf(100).equals(r.replicationStats().fullLoadProgressPercent()));
        assertThat(reloaded.startReplicationType()).isEqualTo("reload-target");
    }

    @Test
    void should_stop_a_full_load_replication_by_itself_seen_through_the_async_client() {
        String arn = createConfig("snapshot", "full-load");
        async.startReplication(r -> r.replicationConfigArn(arn).startReplicationType("start-replication"))
                .join();

        Replication done = jumpUntil(arn, r -> "stopped".equals(r.status()));
        Replication seenAsync = async.describeReplications(
                        r -> r.filters(f -> f.name("replication-config-arn").values(arn)))
                .join()
                .replications()
                .get(0);

        assertThat(done.stopReason()).isEqualTo("Stop Reason FULL_LOAD_ONLY_FINISHED");
        assertThat(seenAsync.stopReason()).isEqualTo("Stop Reason FULL_LOAD_ONLY_FINISHED");
        assertThat(seenAsync.replicationStats().fullLoadProgressPercent()).isEqualTo(100);
    }

    @Test
    void should_page_across_more_than_one_hundred_configs() {
        String source = endpoint("pager-source", "source");
        String target = endpoint("pager-target", "target");
        for (int i = 0; i < 130; i++) {
            String identifier = "config-" + i;
            dms.createReplicationConfig(r -> r.replicationConfigIdentifier(identifier)
                    .sourceEndpointArn(source)
                    .targetEndpointArn(target)
                    .replicationType("cdc")
                    .computeConfig(c -> c.maxCapacityUnits(4))
                    .tableMappings(TableMappings.everything()));
        }

        List<String> seen = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            String from = marker;
            var page = dms.describeReplicationConfigs(r -> r.maxRecords(50).marker(from));
            page.replicationConfigs().forEach(c -> seen.add(c.replicationConfigIdentifier()));
            marker = page.marker();
            pages++;
        } while (marker != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(130).doesNotHaveDuplicates().startsWith("config-0", "config-1");
        assertThat(dms.describeReplicationConfigsPaginator(r -> r.maxRecords(100)).stream()
                        .mapToInt(page -> page.replicationConfigs().size())
                        .sum())
                .isEqualTo(130);
    }

    @Test
    void should_run_the_data_migration_chain_with_statistics() {
        String profile = dms.createInstanceProfile(r -> r.instanceProfileName("profile"))
                .instanceProfile()
                .instanceProfileArn();
        String source = dataProvider("source-db");
        String target = dataProvider("target-db");
        dms.createMigrationProject(r -> r.migrationProjectName("project")
                .instanceProfileIdentifier(profile)
                .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier(source))
                .targetDataProviderDescriptors(d -> d.dataProviderIdentifier(target)));
        dms.createDataMigration(r -> r.dataMigrationName("customers")
                .migrationProjectIdentifier("project")
                .dataMigrationType("full-load-and-cdc")
                .serviceAccessRoleArn("arn:aws:iam::123456789012:role/dms"));

        dms.startDataMigration(r -> r.dataMigrationIdentifier("customers").startType("start-replication"));
        DataMigration running = jumpUntilMigration(m -> "RUNNING".equals(m.dataMigrationStatus())
                && Integer.valueOf(100).equals(m.dataMigrationStatistics().fullLoadPercentage()));
        assertThat(running.dataMigrationStatistics().tablesLoaded()).isPositive();

        dms.stopDataMigration(r -> r.dataMigrationIdentifier("customers"));
        DataMigration stopped = jumpUntilMigration(m -> "STOPPED".equals(m.dataMigrationStatus()));
        assertThat(stopped.stopReason()).isEqualTo("Stop Reason NORMAL");
        assertThat(stopped.dataMigrationStatistics().stopTime()).isNotNull();
    }

    @Test
    void should_answer_each_documented_error_with_its_typed_exception() {
        String arn = createConfig("errors", "full-load-and-cdc");

        assertThatThrownBy(() -> dms.stopReplication(r -> r.replicationConfigArn(arn)))
                .isInstanceOf(InvalidResourceStateException.class);
        assertThatThrownBy(() -> dms.startReplication(r -> r.replicationConfigArn(arn)
                        .startReplicationType("start-replication")
                        .cdcStartTime(Instant.parse("2026-01-01T00:00:00Z"))
                        .cdcStartPosition("checkpoint:V1#1")))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode())
                                .isEqualTo("InvalidParameterCombinationException"));
        dms.startReplication(r -> r.replicationConfigArn(arn).startReplicationType("start-replication"));
        assertThatThrownBy(() -> dms.startReplication(
                        r -> r.replicationConfigArn(arn).startReplicationType("start-replication")))
                .isInstanceOf(InvalidResourceStateException.class);
        assertThatThrownBy(() -> dms.deleteReplicationConfig(r -> r.replicationConfigArn(arn)))
                .isInstanceOf(InvalidResourceStateException.class);
        assertThatThrownBy(() -> createConfig("errors", "cdc")).isInstanceOf(ResourceAlreadyExistsException.class);
        assertThatThrownBy(() -> dms.describeReplications(
                        r -> r.filters(f -> f.name("replication-config-id").values("nope"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.describeReplicationConfigs(r -> r.maxRecords(10)))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException"));
        assertThatThrownBy(() -> async.stopReplication(r -> r.replicationConfigArn(arn + "X"))
                        .join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ResourceNotFoundException.class);
    }

    private String createConfig(String identifier, String type) {
        simulator.declareTables(
                "123456789012",
                "us-east-1",
                List.of(TableSpec.of("public", "orders", 50_000), TableSpec.of("public", "customers", 20_000)));
        String source = endpoint(identifier + "-source", "source");
        String target = endpoint(identifier + "-target", "target");
        return dms.createReplicationConfig(r -> r.replicationConfigIdentifier(identifier)
                        .sourceEndpointArn(source)
                        .targetEndpointArn(target)
                        .replicationType(type)
                        .computeConfig(c -> c.maxCapacityUnits(8))
                        .tableMappings(TableMappings.everything()))
                .replicationConfig()
                .replicationConfigArn();
    }

    private String endpoint(String identifier, String type) {
        return dms.describeEndpoints(r -> {}).endpoints().stream()
                .filter(e -> e.endpointIdentifier().equals(identifier))
                .findFirst()
                .map(e -> e.endpointArn())
                .orElseGet(() -> dms.createEndpoint(r -> r.endpointIdentifier(identifier)
                                .endpointType(type)
                                .engineName("postgres"))
                        .endpoint()
                        .endpointArn());
    }

    private String dataProvider(String name) {
        return dms.createDataProvider(r -> r.dataProviderName(name)
                        .engine("postgres")
                        .settings(s -> s.postgreSqlSettings(
                                p -> p.serverName(name).port(5432).databaseName("app"))))
                .dataProvider()
                .dataProviderArn();
    }

    /** Polls as user code would, jumping the virtual clock to the next planned change between polls. */
    private Replication jumpUntil(String arn, Predicate<Replication> condition) {
        for (int polls = 0; polls < 200; polls++) {
            Replication replication = dms.describeReplications(
                            r -> r.filters(f -> f.name("replication-config-arn").values(arn)))
                    .replications()
                    .get(0);
            if (condition.test(replication)) {
                return replication;
            }
            Optional<Instant> next = simulator.nextChange();
            assertThat(next)
                    .as("a change is planned while waiting; last seen %s", replication)
                    .isPresent();
            simulator.clock().advanceTo(next.get());
        }
        throw new AssertionError("condition not reached within 200 polls");
    }

    private DataMigration jumpUntilMigration(Predicate<DataMigration> condition) {
        for (int polls = 0; polls < 200; polls++) {
            DataMigration migration = dms.describeDataMigrations(
                            r -> r.filters(f -> f.name("data-migration-name").values("customers")))
                    .dataMigrations()
                    .get(0);
            if (condition.test(migration)) {
                return migration;
            }
            Optional<Instant> next = simulator.nextChange();
            assertThat(next)
                    .as("a change is planned while waiting; last seen %s", migration)
                    .isPresent();
            simulator.clock().advanceTo(next.get());
        }
        throw new AssertionError("condition not reached within 200 polls");
    }
}
