package io.dmstestkit.dsl;

import static io.dmstestkit.dsl.Dsl.FULL_LOAD;
import static io.dmstestkit.dsl.Dsl.exactly;
import static io.dmstestkit.dsl.Dsl.scenario;
import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.wiremock.DmsServer;
import org.junit.jupiter.api.Test;

/**
 * The DMS Schema Conversion steps of a scenario: requests started on a data migration's migration project,
 * awaited through the one wait engine, checked, and failed by the state faults that exist for them.
 */
class SchemaConversionScenarioTest {

    private static final String SDO = "Unsupported data type SDO_GEOMETRY in hr.employees";

    private final ScenarioRunner runner = ScenarioRunner.embedded();

    private static ScenarioSpec hr(String name) {
        return scenario(name)
                .dataMigration(
                        "hr",
                        d -> d.type(FULL_LOAD).table("hr.employees", 200_000).table("hr.departments", 40));
    }

    @Test
    void should_fail_the_conversion_with_the_planned_message_and_stop_the_workflow_there() {
        Scenario failing = hr("conversion fails")
                .conversionFails("hr", SDO)
                .importMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.within(ofHours(1)))
                .convertMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.status("FAILED").within(ofHours(1)))
                .expectMetadataModel(
                        "hr", e -> e.request("conversion").status("FAILED").failureMessageContains("SDO_GEOMETRY"))
                .expectCalls("StartMetadataModelExportToTarget", exactly(0))
                .build();

        ScenarioResult result = runner.run(failing);

        assertThat(result.failure()).isEmpty();
    }

    @Test
    void should_report_the_failure_message_when_a_conversion_awaited_for_success_fails() {
        ScenarioResult result = runner.run(hr("awaits success")
                .conversionFails("hr", SDO)
                .convertMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.within(ofHours(1)))
                .build());

        assertThat(result.failure())
                .get()
                .asString()
                .contains("Metadata-model conversion of 'hr'", "SUCCESS", "FAILED", SDO);
        assertThat(result.steps().get(2).passed()).isFalse();
    }

    @Test
    void should_say_what_was_expected_and_seen_when_an_expectation_of_a_request_is_unmet() {
        ScenarioResult result = runner.run(hr("unmet")
                .importMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.within(ofHours(1)))
                .expectMetadataModel("hr", e -> e.status("FAILED"))
                .build());

        assertThat(result.failure())
                .get()
                .asString()
                .contains("Metadata-model import of 'hr' does not have status FAILED", "status SUCCESS");
    }

    @Test
    void should_count_the_action_items_an_assessment_reports() {
        ScenarioResult result = runner.run(hr("action items")
                .assessmentReports("hr", "Action item 5584: CONNECT BY", "Action item 5002: MERGE")
                .assessMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.within(ofHours(1)))
                .expectMetadataModel("hr", e -> e.actionItems(2).actionItemContains("MERGE"))
                .build());

        assertThat(result.failure()).isEmpty();
    }

    @Test
    void should_refuse_to_await_a_request_that_was_never_started() {
        ScenarioResult result = runner.run(hr("nothing started")
                .importMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.request("conversion"))
                .build());

        assertThat(result.failure())
                .get()
                .asString()
                .contains("no metadata-model conversion was started on 'hr' yet", "started: [import]");
    }

    @Test
    void should_convert_the_schema_of_a_migration_project_declared_on_its_own_without_a_data_migration() {
        ScenarioResult result = runner.run(scenario("schema only")
                .migrationProject("hr", p -> p.table("hr.employees", 200_000))
                .importMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.within(ofHours(1)))
                .convertMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.request("conversion").within(ofHours(1)))
                .expectMetadataModel("hr", e -> e.request("conversion").status("SUCCESS"))
                .expectCalls("CreateMigrationProject", exactly(1))
                .expectCalls("CreateDataMigration", exactly(0))
                .build());

        assertThat(result.failure()).isEmpty();
    }

    @Test
    void should_refuse_to_start_a_migration_project_which_has_no_run() {
        ScenarioResult result = runner.run(scenario("no run")
                .migrationProject("hr", p -> p.table("hr.employees", 10))
                .start("hr")
                .build());

        assertThat(result.failure())
                .get()
                .asString()
                .contains("'hr' is a migration project, which has no run to start", "convertMetadataModel");
    }

    @Test
    void should_refuse_schema_conversion_on_a_replication() {
        ScenarioResult result = runner.run(scenario("replication")
                .replication("orders", r -> r.table("public.orders", 10))
                .convertMetadataModel("orders")
                .build());

        assertThat(result.failure()).get().asString().contains("'orders' is a replication");
    }

    @Test
    void should_plan_the_conversion_failure_as_a_state_fault() {
        Scenario failing = hr("state fault").conversionFails("hr", SDO).build();

        assertThat(failing.steps()).singleElement().isInstanceOf(Step.ConversionFails.class);
        assertThat(io.dmstestkit.dsl.internal.Capabilities.needed(
                        failing.steps().get(0)))
                .contains(DmsTarget.Capability.INCIDENTS);
    }

    @Test
    void should_run_the_conversion_workflow_on_a_remote_server_too() {
        try (DmsServer server =
                DmsServer.builder().clock(SimulatedClock.manual()).start()) {
            ScenarioResult result = new ScenarioRunner(DmsTargets.remote(server.baseUri()))
                    .run(hr("remote")
                            .conversionFails("hr", SDO)
                            .importMetadataModel("hr")
                            .awaitMetadataModel("hr", a -> a.within(ofHours(1)))
                            .convertMetadataModel("hr")
                            .awaitMetadataModel("hr", a -> a.status("FAILED").within(ofHours(1)))
                            .expectMetadataModel("hr", e -> e.failureMessageContains("SDO_GEOMETRY"))
                            .build());

            assertThat(result.failure()).isEmpty();
        }
    }

    @Test
    void should_check_the_action_items_of_an_assessment_on_a_remote_server_through_the_admin_api() {
        try (DmsServer server =
                DmsServer.builder().clock(SimulatedClock.manual()).start()) {
            ScenarioResult result = new ScenarioRunner(DmsTargets.remote(server.baseUri()))
                    .run(scenario("remote action items")
                            .migrationProject("hr", p -> p.table("hr.employees", 200_000))
                            .assessmentReports("hr", "Action item 5584: CONNECT BY", "Action item 5002: MERGE")
                            .assessMetadataModel("hr")
                            .awaitMetadataModel("hr", a -> a.within(ofHours(1)))
                            .expectMetadataModel("hr", e -> e.actionItems(2).actionItemContains("CONNECT BY"))
                            .build());

            assertThat(result.failure()).isEmpty();
        }
    }
}
