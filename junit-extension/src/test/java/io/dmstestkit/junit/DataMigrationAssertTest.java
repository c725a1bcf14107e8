package io.dmstestkit.junit;

import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;

class DataMigrationAssertTest {

    private static final DataMigration FAILED = DataMigration.builder()
            .dataMigrationName("customers")
            .dataMigrationArn("arn:aws:dms:us-east-1:123456789012:data-migration:CUSTOMERS")
            .dataMigrationStatus("FAILED")
            .stopReason("Stop Reason FATAL_ERROR")
            .lastFailureMessage("ORA-01555: snapshot too old")
            .dataMigrationStatistics(
                    stats -> stats.fullLoadPercentage(60).tablesLoaded(2).tablesErrored(1))
            .build();

    @Test
    void should_read_data_migration_members_under_the_common_words() {
        assertThat(FAILED)
                .hasStatus("failed")
                .hasStopReason("FATAL_ERROR")
                .hasFailureMessageContaining("snapshot too old")
                .hasFullLoadProgress(60)
                .hasTablesLoaded(2);
    }

    @Test
    void should_name_the_data_migration_and_suggest_its_own_wait() {
        assertThatThrownBy(() -> assertThat(FAILED).isRunning())
                .isInstanceOf(DmsAssertionError.class)
                .hasMessageStartingWith("Data migration 'customers' does not have status 'running'.\n"
                        + "  expected: running   actual: FAILED")
                .hasMessageContaining("data migration: arn:aws:dms:us-east-1:123456789012:data-migration:CUSTOMERS");
        assertThatThrownBy(() -> assertThat(FAILED.toBuilder()
                                .dataMigrationStatus("STARTING")
                                .build())
                        .isRunning())
                .hasMessageContaining("DmsAwait.awaitDataMigration(session, \"customers\")");
    }
}
