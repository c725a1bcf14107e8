package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/** {@link DmsSimulator#resourceNames}: what a "did you mean" chooses from, read without a call. */
class ResourceNamesTest {

    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "us-east-1";

    private final DmsSimulator simulator = DmsSimulator.create();
    private final ReplicationFixture fixture = ReplicationFixture.of(simulator);

    @Test
    void should_list_the_names_of_one_resource_type_sorted() {
        fixture.createConfig("orders", MigrationTypeValue.FULL_LOAD);
        fixture.createConfig("customers", MigrationTypeValue.FULL_LOAD_AND_CDC);
        new DataMigrationFixture(fixture.dms()).migration("invoices", MigrationTypeValue.FULL_LOAD);

        assertThat(simulator.resourceNames(ACCOUNT, REGION, "replication-config"))
                .containsExactly("customers", "orders");
        assertThat(simulator.resourceNames(ACCOUNT, REGION, "data-migration")).containsExactly("invoices");
        assertThat(simulator.resourceNames(ACCOUNT, REGION, "endpoint")).hasSize(2);
        assertThat(simulator.resourceNames(ACCOUNT, REGION, "task")).isEmpty();
    }

    @Test
    void should_journal_nothing_and_know_nothing_of_other_accounts() {
        fixture.createConfig("orders", MigrationTypeValue.FULL_LOAD);
        int calls = simulator.journal().entries().size();

        assertThat(simulator.resourceNames("210987654321", REGION, "replication-config"))
                .isEmpty();
        assertThat(simulator.resourceNames(ACCOUNT, "eu-west-1", "replication-config"))
                .isEmpty();
        assertThat(simulator.resourceNames(ACCOUNT, REGION, "replication-config"))
                .containsExactly("orders");
        assertThat(simulator.journal().entries()).hasSize(calls);
    }
}
