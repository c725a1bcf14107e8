package io.dmstestkit.junit;

import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

class TableStatisticsAssertTest {

    private static final TableStatistics ORDERS = TableStatistics.builder()
            .schemaName("public")
            .tableName("orders")
            .tableState("Table error")
            .fullLoadRows(400_000L)
            .fullLoadErrorRows(3L)
            .validationState("Pending records")
            .build();

    @Test
    void should_pass_on_what_the_table_reports() {
        assertThat(ORDERS)
                .hasTableState("table error")
                .hasFullLoadRows(400_000)
                .hasFullLoadErrorRows(3)
                .hasValidationState("Pending records");
    }

    @Test
    void should_name_the_table_and_show_its_counts() {
        assertThatThrownBy(() -> assertThat(ORDERS).hasTableState("Table completed"))
                .isInstanceOf(DmsAssertionError.class)
                .hasMessage("Table public.orders is not in state 'Table completed'.\n"
                        + "  expected: Table completed   actual: Table error\n"
                        + "  table state: Table error\n"
                        + "  full load rows: 400000\n"
                        + "  full load error rows: 3\n"
                        + "  validation state: Pending records");
        assertThatThrownBy(() -> assertThat(ORDERS).hasFullLoadErrorRows(0))
                .hasMessageStartingWith(
                        "Table public.orders does not have 0 full load error rows.\n  expected: 0   actual: 3");
    }
}
