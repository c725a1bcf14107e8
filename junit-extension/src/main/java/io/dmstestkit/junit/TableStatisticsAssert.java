package io.dmstestkit.junit;

import io.dmstestkit.dsl.message.ShouldHave;
import io.dmstestkit.simulator.FailureMessage;
import java.util.Objects;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * AssertJ assertions on the statistics of one table of a replication.
 *
 * <pre>{@code
 * TableStatistics orders = session.tableStatistics("orders").get(0);
 * assertThat(orders).hasTableState("Table completed").hasFullLoadRows(2_000_000).hasFullLoadErrorRows(0);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TableStatisticsAssert extends AbstractObjectAssert<TableStatisticsAssert, TableStatistics> {

    TableStatisticsAssert(TableStatistics actual) {
        super(actual, TableStatisticsAssert.class);
    }

    /** Checks the table's state, such as {@code Table completed} or {@code Table error}, ignoring case. */
    public TableStatisticsAssert hasTableState(String expected) {
        isNotNull();
        String state = actual.tableState();
        if (state == null || !state.equalsIgnoreCase(expected)) {
            throw failure(ShouldHave.shouldHaveTableState(table(), expected, state), expected, state);
        }
        return myself;
    }

    /** Checks how many rows the full load copied. */
    public TableStatisticsAssert hasFullLoadRows(long expected) {
        return hasCount("full load rows", actual == null ? null : actual.fullLoadRows(), expected);
    }

    /** Checks how many rows the full load could not copy. */
    public TableStatisticsAssert hasFullLoadErrorRows(long expected) {
        return hasCount("full load error rows", actual == null ? null : actual.fullLoadErrorRows(), expected);
    }

    /** Checks the validation state, such as {@code Validated}, ignoring case. */
    public TableStatisticsAssert hasValidationState(String expected) {
        isNotNull();
        String state = actual.validationState();
        if (state == null || !state.equalsIgnoreCase(expected)) {
            throw failure(
                    ShouldHave.shouldHave(table(), "validation state '" + expected + "'", expected, state),
                    expected,
                    state);
        }
        return myself;
    }

    private TableStatisticsAssert hasCount(String what, Long actualCount, long expected) {
        isNotNull();
        if (!Objects.equals(actualCount, expected)) {
            throw failure(
                    ShouldHave.shouldHave(table(), expected + " " + what, expected, actualCount),
                    expected,
                    actualCount);
        }
        return myself;
    }

    private String table() {
        return "Table " + actual.schemaName() + "." + actual.tableName();
    }

    private DmsAssertionError failure(FailureMessage message, Object expected, Object actualValue) {
        message.detail("table state", actual.tableState())
                .detail("full load rows", actual.fullLoadRows())
                .detail("full load error rows", actual.fullLoadErrorRows())
                .detail("validation state", actual.validationState());
        return AssertionFailures.error(info, message, expected, actualValue);
    }
}
