package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationStats;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskStats;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * 40,000 tables (issue 12, item 7): starting, describing and paging through the table statistics cost the
 * same per call as for a few tables, and every page agrees with the counts the run reports. With the
 * default timings each table takes 5.02 s and 8 load at a time, so after one hour of loading 8 × 717 tables
 * are loaded and 8 are loading. The timeout is a guard against a return of the quadratic cost, not a
 * timed assertion.
 */
@Timeout(120)
class ManyTablesTest {

    private static final int TABLES = 40_000;
    private static final long LOADED_AFTER_AN_HOUR = 8 * 717;

    private final DmsSimulator simulator =
            DmsSimulator.builder().clock(SimulatedClock.manual()).build();
    private final ReplicationFixture fixture = ReplicationFixture.of(simulator);
    private final DatabaseMigrationClient dms = fixture.dms();

    private void declareManyTables() {
        simulator.declareTables(
                "123456789012",
                "us-east-1",
                IntStream.range(0, TABLES)
                        .mapToObj(i -> TableSpec.of("big", String.format("t%05d", i), 1_000))
                        .toList());
    }

    @Test
    void should_page_through_the_statistics_of_40000_tables_of_a_replication() {
        declareManyTables();
        String arn = dms.createReplicationConfig(fixture.configRequest("big", MigrationTypeValue.FULL_LOAD)
                        .tableMappings(ReplicationFixture.mapping("big", "%"))
                        .build())
                .replicationConfig()
                .replicationConfigArn();
        fixture.start(arn, "start-replication");
        fixture.jumpUntilStatus(arn, "running");
        simulator.clock().advance(Duration.ofHours(1));

        ReplicationStats stats = fixture.describe(arn).replicationStats();
        List<TableStatistics> pages = pages(100, marker -> {
            var page = dms.describeReplicationTableStatistics(
                    r -> r.replicationConfigArn(arn).maxRecords(100).marker(marker));
            return new Page(page.replicationTableStatistics(), page.marker());
        });

        assertThat(stats.tablesLoaded()).isEqualTo(LOADED_AFTER_AN_HOUR);
        assertThat(stats.tablesLoading()).isEqualTo(8);
        assertThat(stats.tablesQueued()).isEqualTo(TABLES - LOADED_AFTER_AN_HOUR - 8);
        assertThat(pages).hasSize(TABLES);
        assertThat(pages.stream().map(TableStatistics::tableName).distinct()).hasSize(TABLES);
        assertThat(countByState(pages))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Table completed", (long) stats.tablesLoaded(),
                        "Full load", (long) stats.tablesLoading(),
                        "Before load", (long) stats.tablesQueued()));

        simulator.clock().advance(Duration.ofHours(6));
        assertThat(fixture.describe(arn).replicationStats().fullLoadProgressPercent())
                .isEqualTo(100);
        assertThat(dms.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn)
                                .filters(f -> f.name("table-state").values("Table completed"))
                                .marker(encodedIndex(TABLES - 20)))
                        .replicationTableStatistics())
                .hasSize(20);
    }

    @Test
    void should_page_through_the_statistics_of_40000_tables_of_a_task() {
        declareManyTables();
        TaskFixture tasks = new TaskFixture(simulator);
        String arn = dms.createReplicationTask(tasks.taskRequest("big", MigrationTypeValue.FULL_LOAD)
                        .tableMappings(ReplicationFixture.mapping("big", "%"))
                        .build())
                .replicationTask()
                .replicationTaskArn();
        tasks.jumpUntilStatus(arn, "ready");
        tasks.start(arn, "start-replication");
        tasks.jumpUntilStatus(arn, "running");
        simulator.clock().advance(Duration.ofHours(1));

        ReplicationTaskStats stats = tasks.describe(arn).replicationTaskStats();
        List<TableStatistics> pages = pages(500, marker -> {
            var page = dms.describeTableStatistics(
                    r -> r.replicationTaskArn(arn).maxRecords(500).marker(marker));
            return new Page(page.tableStatistics(), page.marker());
        });
        // DescribeTableStatistics alone documents "Minimum 20, maximum 500"
        assertThatThrownBy(() -> dms.describeTableStatistics(
                        r -> r.replicationTaskArn(arn).maxRecords(501)))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException"))
                .hasMessageContaining("MaxRecords must be between 20 and 500, was 501");

        assertThat(stats.tablesLoaded()).isEqualTo(LOADED_AFTER_AN_HOUR);
        assertThat(pages).hasSize(TABLES);
        assertThat(countByState(pages))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Table completed", (long) stats.tablesLoaded(),
                        "Full load", (long) stats.tablesLoading(),
                        "Before load", (long) stats.tablesQueued()));
    }

    @Test
    void should_count_the_tables_as_their_statistics_show_them_through_a_stop_and_a_resume() {
        simulator.declareTables(
                "123456789012",
                "us-east-1",
                IntStream.range(0, 30)
                        .mapToObj(i -> TableSpec.of("few", "t" + i, 100_000L * (i % 7 + 1)))
                        .toList());
        String arn = dms.createReplicationConfig(fixture.configRequest("few", MigrationTypeValue.FULL_LOAD_AND_CDC)
                        .tableMappings(ReplicationFixture.mapping("few", "%"))
                        .build())
                .replicationConfig()
                .replicationConfigArn();
        fixture.start(arn, "start-replication");
        jumpComparing(arn, r -> r.replicationStats().tablesLoaded() >= 10);
        fixture.stop(arn);
        jumpComparing(arn, r -> r.status().equals("stopped"));
        fixture.start(arn, "resume-processing");
        jumpComparing(arn, r -> r.replicationStats().fullLoadProgressPercent() == 100);
    }

    /** Jumps from change to change until {@code done}, checking at each that the counts match the table states. */
    private void jumpComparing(
            String arn,
            java.util.function.Predicate<software.amazon.awssdk.services.databasemigration.model.Replication> done) {
        while (true) {
            var replication = fixture.describe(arn);
            ReplicationStats stats = replication.replicationStats();
            if (stats != null
                    && (replication.status().equals("running")
                            || replication.status().startsWith("stop"))) {
                Map<String, Long> states =
                        countByState(dms.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn))
                                .replicationTableStatistics());
                assertThat(stats.tablesLoaded())
                        .as("loaded at %s", simulator.clock().now())
                        .isEqualTo(states.getOrDefault("Table completed", 0L).intValue());
                assertThat(stats.tablesLoading())
                        .as("loading at %s", simulator.clock().now())
                        .isEqualTo(states.getOrDefault("Full load", 0L).intValue());
                assertThat(stats.tablesQueued())
                        .as("queued at %s", simulator.clock().now())
                        .isEqualTo(states.getOrDefault("Before load", 0L).intValue()
                                + states.getOrDefault("Table cancelled", 0L).intValue());
            }
            if (done.test(replication)) {
                return;
            }
            simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
        }
    }

    private record Page(List<TableStatistics> tables, String marker) {}

    private static List<TableStatistics> pages(int pageSize, Function<String, Page> describe) {
        List<TableStatistics> all = new ArrayList<>();
        String marker = null;
        do {
            Page page = describe.apply(marker);
            assertThat(page.tables()).hasSizeLessThanOrEqualTo(pageSize);
            all.addAll(page.tables());
            marker = page.marker();
        } while (marker != null);
        return all;
    }

    private static Map<String, Long> countByState(List<TableStatistics> tables) {
        return tables.stream().collect(Collectors.groupingBy(TableStatistics::tableState, Collectors.counting()));
    }

    /** The marker of the page starting at {@code index} (the simulator's markers are not opaque to its tests). */
    private static String encodedIndex(int index) {
        return java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("dms-testkit:" + index).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
