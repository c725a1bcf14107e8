package io.dmstestkit.wiremock.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsIncident.Severity;
import io.dmstestkit.simulator.TableSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IncidentJsonTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:30:00.125Z");

    static Stream<DmsIncident> incidents() {
        return Stream.of(
                DmsIncident.failAtPercent(40, Severity.FATAL_ERROR, "ORA-01555: snapshot too old"),
                DmsIncident.failAtPercent(0, Severity.RECOVERABLE_ERROR, "at once"),
                DmsIncident.failAt(AT, Severity.RECOVERABLE_ERROR, "network"),
                DmsIncident.provisioningFailure("no capacity"),
                DmsIncident.tableError("sales.invoices", AT, "duplicate key"),
                DmsIncident.latencySpike(AT, Duration.ofMinutes(10), Duration.ofMillis(45_500)),
                DmsIncident.conversionFailure("Unsupported data type SDO_GEOMETRY"),
                DmsIncident.assessmentActionItems("Action item 5584", "Action item 5585"),
                DmsIncident.storageFull(AT),
                DmsIncident.incompatibleNetwork(AT),
                new DmsIncident.InstanceStatus("storage-full", AT, "disk quota"),
                new DmsIncident.InstanceStatus("incompatible-credentials", AT, "Secrets Manager denied access"),
                DmsIncident.assessmentFails("unsupported-data-types-in-source", "column geo: GEOMETRY"),
                DmsIncident.assessmentWarns("table-with-lob-but-without-primary-key", "no primary key"),
                new DmsIncident.AssessmentOutcome("validation-on-tables", "error", "could not run"),
                DmsIncident.schemaRefreshFails("ORA-12541: TNS:no listener"),
                DmsIncident.connectionTestFails("ORA-12541: TNS:no listener"));
    }

    @ParameterizedTest
    @MethodSource("incidents")
    void should_read_back_every_incident_it_writes(DmsIncident incident) {
        String json = AdminJson.write(IncidentJson.of("123456789012", "eu-west-1", "orders", incident));

        IncidentJson read = AdminJson.read(json, IncidentJson.class);

        assertThat(read.toIncident()).isEqualTo(incident);
        assertThat(read.requireResource()).isEqualTo("orders");
        assertThat(json).doesNotContain("null");
    }

    @Test
    void should_carry_an_assessment_outcome_with_its_assessment_status_and_message() {
        String json = AdminJson.write(IncidentJson.of(
                null, null, "orders", DmsIncident.assessmentFails("unsupported-data-types-in-source", "GEOMETRY")));

        assertThat(json)
                .isEqualTo("{\"resource\":\"orders\",\"incident\":\"assessmentOutcome\",\"message\":\"GEOMETRY\","
                        + "\"status\":\"failed\",\"assessment\":\"unsupported-data-types-in-source\"}");
    }

    @Test
    void should_leave_account_and_region_out_when_not_given() {
        String json = AdminJson.write(IncidentJson.of(null, null, "orders", DmsIncident.provisioningFailure("x")));

        assertThat(json).isEqualTo("{\"resource\":\"orders\",\"incident\":\"provisioningFailure\",\"message\":\"x\"}");
    }

    @Test
    void should_name_instance_incidents_by_kind_and_leave_their_status_to_the_kind() {
        String json = AdminJson.write(IncidentJson.of(null, null, "orders-instance", DmsIncident.storageFull(AT)));

        assertThat(json)
                .isEqualTo("{\"resource\":\"orders-instance\",\"incident\":\"storageFull\","
                        + "\"at\":\"2026-01-01T00:30:00.125Z\","
                        + "\"message\":\"The replication instance has gone into storage failure.\"}");
        assertThat(AdminJson.read(
                                "{\"resource\":\"i\",\"incident\":\"incompatibleNetwork\",\"at\":\"2026-01-01T00:30:00.125Z\"}",
                                IncidentJson.class)
                        .toIncident())
                .isEqualTo(DmsIncident.incompatibleNetwork(AT));
    }

    @Test
    void should_read_back_the_tables_it_writes_in_order() {
        List<TableSpec> tables = List.of(TableSpec.of("public", "orders", 2_000_000), TableSpec.of("sales", "x", 0));

        String json = AdminJson.write(TablesJson.of(null, null, tables));

        assertThat(json).isEqualTo("{\"tables\":{\"public.orders\":2000000,\"sales.x\":0}}");
        assertThat(AdminJson.read(json, TablesJson.class).toTables()).isEqualTo(tables);
    }
}
