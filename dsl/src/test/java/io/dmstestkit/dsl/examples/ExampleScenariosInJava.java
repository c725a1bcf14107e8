package io.dmstestkit.dsl.examples;

import static io.dmstestkit.dsl.Dsl.AccessDenied;
import static io.dmstestkit.dsl.Dsl.CDC;
import static io.dmstestkit.dsl.Dsl.FATAL_ERROR;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD_AND_CDC;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD_ONLY_FINISHED;
import static io.dmstestkit.dsl.Dsl.FailedDependency;
import static io.dmstestkit.dsl.Dsl.InvalidResourceState;
import static io.dmstestkit.dsl.Dsl.NORMAL;
import static io.dmstestkit.dsl.Dsl.RELOAD_TARGET;
import static io.dmstestkit.dsl.Dsl.RESUME_PROCESSING;
import static io.dmstestkit.dsl.Dsl.RUNNING;
import static io.dmstestkit.dsl.Dsl.ResourceNotFound;
import static io.dmstestkit.dsl.Dsl.STOPPED;
import static io.dmstestkit.dsl.Dsl.exactly;
import static io.dmstestkit.dsl.Dsl.scenario;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;

import io.dmstestkit.dsl.model.Scenario;
import java.nio.file.Path;
import java.util.Map;

/** The example scenarios of examples/scenarios, written with the Java DSL: the third form of each. */
final class ExampleScenariosInJava {

    private ExampleScenariosInJava() {}

    static Map<String, Scenario> all(Path examples) {
        Map<String, Scenario> all = new java.util.LinkedHashMap<>(Map.of(
                "orders-cutover", ordersCutover(),
                "full-load-only", fullLoadOnly(),
                "resource-not-found", resourceNotFound(),
                "invalid-resource-state", invalidResourceState(),
                "access-denied", accessDenied(),
                "failed-dependency", failedDependency(),
                "fail-at-40-then-reload", failAt40ThenReload(),
                "data-migration", dataMigration(),
                "cdc-start-position", cdcStartPosition(),
                "shared-building-block", sharedBuildingBlock(examples)));
        all.put("classic-cutover", classicCutover());
        all.put("classic-full-load-only", classicFullLoadOnly());
        all.put("classic-fail-at-40-then-reload", classicFailAt40ThenReload());
        all.put("classic-start-fault", classicStartFault());
        all.put("schema-first-migration", schemaFirstMigration());
        all.put("schema-only-conversion", schemaOnlyConversion());
        all.put("classic-task-orchestrator", classicTaskOrchestrator());
        return all;
    }

    static Scenario classicTaskOrchestrator() {
        return scenario("classic task orchestrator")
                .tag("classic", "orchestrator")
                .instance("orders-ri", i -> i.instanceClass("dms.t3.small"))
                .task(
                        "orders",
                        t -> t.type(FULL_LOAD_AND_CDC).instance("orders-ri").table("public.orders", 2_000_000))
                .task("snapshot", t -> t.type(FULL_LOAD).instance("orders-ri").table("public.customers", 500_000))
                .task(
                        "fragile",
                        t -> t.type(FULL_LOAD_AND_CDC).instance("orders-ri").table("public.invoices", 1_000_000))
                .await("orders", a -> a.status(io.dmstestkit.dsl.Dsl.READY).within(ofMinutes(10)))
                .start("orders", io.dmstestkit.dsl.Dsl.START_REPLICATION)
                .await("orders", a -> a.status(RUNNING).within(ofMinutes(10)))
                .await("orders", a -> a.fullLoad(100).within(ofHours(12)))
                .await("orders", a -> a.cdcLatencyBelow(ofSeconds(10)).within(ofHours(12)))
                .stop("orders")
                .await("orders", a -> a.status(STOPPED).within(ofMinutes(10)))
                .expect("orders", e -> e.stopReason(NORMAL).fullLoad(100))
                .start("snapshot", io.dmstestkit.dsl.Dsl.START_REPLICATION)
                .await("snapshot", a -> a.status(STOPPED).within(ofHours(12)))
                .expect("snapshot", e -> e.stopReason(FULL_LOAD_ONLY_FINISHED).fullLoad(100))
                .fail("fragile", f -> f.at(40).reason(FATAL_ERROR).message("ORA-01555: snapshot too old"))
                .start("fragile", io.dmstestkit.dsl.Dsl.START_REPLICATION)
                .await("fragile", a -> a.status(io.dmstestkit.dsl.Dsl.FAILED).within(ofHours(12)))
                .expect("fragile", e -> e.stopReason(FATAL_ERROR).failureMessageContains("ORA-01555"))
                .expectCalls("StopReplicationTask", exactly(1))
                .build();
    }

    static Scenario classicCutover() {
        return scenario("classic task cut-over")
                .tag("smoke", "classic")
                .instance("shared", i -> i.instanceClass("dms.c5.large"))
                .task(
                        "orders",
                        t -> t.type(FULL_LOAD_AND_CDC)
                                .instance("shared")
                                .table("public.orders", 2_000_000)
                                .table("public.order_lines", 9_000_000))
                .start("orders")
                .await("orders", a -> a.fullLoad(100).within(ofHours(2)))
                .await("orders", a -> a.cdcLatencyBelow(ofSeconds(5)).within(ofMinutes(10)))
                .stop("orders")
                .await("orders", a -> a.status(STOPPED).within(ofMinutes(5)))
                .expect(
                        "orders",
                        e -> e.status(STOPPED).stopReason(NORMAL).fullLoad(100).tablesLoaded(2))
                .expectCalls("StopReplicationTask", exactly(1))
                .build();
    }

    static Scenario classicFullLoadOnly() {
        return scenario("classic full-load task")
                .tag("smoke", "classic")
                .task(
                        "nightly-copy",
                        t -> t.type(FULL_LOAD)
                                .table("public.customers", 500_000)
                                .table("public.invoices", 1_500_000))
                .start("nightly-copy")
                .await("nightly-copy", a -> a.status(STOPPED).within(ofHours(2)))
                .expect(
                        "nightly-copy",
                        e -> e.stopReason(FULL_LOAD_ONLY_FINISHED).fullLoad(100).tablesLoaded(2))
                .expectCalls("StopReplicationTask", exactly(0))
                .build();
    }

    static Scenario classicFailAt40ThenReload() {
        return scenario("classic task fails at 40 percent, then reload-target")
                .tag("failures", "classic")
                .task("orders", t -> t.table("public.orders", 5_000_000))
                .fail("orders", f -> f.at(40).reason(FATAL_ERROR).message("ORA-01555: snapshot too old"))
                .start("orders")
                .await("orders", a -> a.status(io.dmstestkit.dsl.Dsl.FAILED).within(ofHours(2)))
                .expect("orders", e -> e.stopReason(FATAL_ERROR).failureMessageContains("ORA-01555"))
                .start("orders", RELOAD_TARGET)
                .await("orders", a -> a.fullLoad(100).within(ofHours(2)))
                .expect("orders", e -> e.status(RUNNING).tablesLoaded(1))
                .build();
    }

    static Scenario classicStartFault() {
        return scenario("classic task start refused with AccessDenied, then retried")
                .tag("faults", "classic")
                .task("orders", t -> t.table("public.orders", 100_000))
                .fault(
                        AccessDenied,
                        f -> f.on("StartReplicationTask")
                                .times(1)
                                .message("User is not authorized to perform dms:StartReplicationTask"))
                .start("orders", s -> s.expectError(AccessDenied, "not authorized"))
                .expect("orders", e -> e.status(io.dmstestkit.dsl.Dsl.READY))
                .start("orders")
                .await("orders", a -> a.status(RUNNING).within(ofHours(1)))
                .expectCalls("StartReplicationTask", exactly(2))
                .build();
    }

    static Scenario ordersCutover() {
        return scenario("orders cut-over")
                .tag("smoke", "cutover")
                .replication(
                        "orders",
                        r -> r.type(FULL_LOAD_AND_CDC)
                                .table("public.orders", 2_000_000)
                                .table("public.order_lines", 9_000_000))
                .start("orders")
                .await("orders", a -> a.fullLoad(100).within(ofHours(2)))
                .await("orders", a -> a.cdcLatencyBelow(ofSeconds(5)).within(ofMinutes(10)))
                .stop("orders")
                .await("orders", a -> a.status(STOPPED).within(ofMinutes(5)))
                .expect(
                        "orders",
                        e -> e.status(STOPPED).stopReason(NORMAL).fullLoad(100).tablesLoaded(2))
                .expectCalls("StopReplication", exactly(1))
                .build();
    }

    static Scenario fullLoadOnly() {
        return scenario("full load only")
                .tag("smoke")
                .replication(
                        "nightly-copy",
                        r -> r.type(FULL_LOAD)
                                .table("public.customers", 500_000)
                                .table("public.invoices", 1_500_000))
                .start("nightly-copy")
                .await("nightly-copy", a -> a.status(STOPPED).within(ofHours(2)))
                .expect(
                        "nightly-copy",
                        e -> e.stopReason(FULL_LOAD_ONLY_FINISHED).fullLoad(100).tablesLoaded(2))
                .expectCalls("StopReplication", exactly(0))
                .build();
    }

    static Scenario resourceNotFound() {
        return scenario("start refused with ResourceNotFound, then retried")
                .tag("faults")
                .replication("orders", r -> r.table("public.orders", 100_000))
                .fault(ResourceNotFound, f -> f.on("StartReplication").times(1).message("Replication config not found"))
                .start("orders", s -> s.expectError(ResourceNotFound, "not found"))
                .start("orders")
                .await("orders", a -> a.status(RUNNING).within(ofHours(1)))
                .expectCalls("StartReplication", exactly(2))
                .build();
    }

    static Scenario invalidResourceState() {
        return scenario("invalid resource state")
                .tag("faults")
                .replication("orders", r -> r.table("public.orders", 100_000))
                .stop("orders", s -> s.expectError(InvalidResourceState))
                .start("orders")
                .start("orders", s -> s.expectError("InvalidResourceStateFault"))
                .await("orders", a -> a.status(RUNNING).within(ofHours(1)))
                .stop("orders")
                .await("orders", a -> a.status(STOPPED).within(ofMinutes(10)))
                .expect("orders", e -> e.stopReason(NORMAL))
                .build();
    }

    static Scenario accessDenied() {
        return scenario("stop refused with AccessDenied, then retried")
                .tag("faults")
                .replication("orders", r -> r.table("public.orders", 100_000))
                .start("orders")
                .await("orders", a -> a.status(RUNNING).within(ofHours(1)))
                .fault(
                        AccessDenied,
                        f -> f.on("StopReplication")
                                .times(1)
                                .message("User is not authorized to perform dms:StopReplication"))
                .stop("orders", s -> s.expectError(AccessDenied, "not authorized"))
                .stop("orders")
                .await("orders", a -> a.status(STOPPED).within(ofMinutes(10)))
                .expect("orders", e -> e.stopReason(NORMAL))
                .expectCalls("StopReplication", exactly(2))
                .build();
    }

    static Scenario failedDependency() {
        return scenario("data migration stop refused with FailedDependency")
                .tag("faults", "data-migration")
                .dataMigration("customers", d -> d.type(FULL_LOAD_AND_CDC).table("public.customers", 50_000))
                .start("customers")
                .await("customers", a -> a.status(RUNNING).within(ofMinutes(30)))
                .fault(
                        FailedDependency,
                        f -> f.on("StopDataMigration").times(2).message("The instance profile's subnet is unavailable"))
                .stop("customers", s -> s.expectError(FailedDependency))
                .stop("customers", s -> s.expectError(FailedDependency, "subnet"))
                .stop("customers")
                .await("customers", a -> a.status(STOPPED).within(ofMinutes(10)))
                .expect("customers", e -> e.stopReason(NORMAL))
                .expectCalls("StopDataMigration", exactly(3))
                .build();
    }

    static Scenario failAt40ThenReload() {
        var spec = scenario("fatal error at 40 percent, then reload-target")
                .tag("failures")
                .parameter("rows", 5_000_000);
        return spec.replication("orders", r -> r.table("public.orders", spec.longParam("rows")))
                .fail("orders", f -> f.at(40).reason(FATAL_ERROR).message("ORA-01555: snapshot too old"))
                .start("orders")
                .await("orders", a -> a.status("failed").within(ofHours(2)))
                .expect("orders", e -> e.stopReason(FATAL_ERROR).failureMessageContains("ORA-01555"))
                .start("orders", s -> s.type(RESUME_PROCESSING).expectError(InvalidResourceState))
                .start("orders", RELOAD_TARGET)
                .await("orders", a -> a.fullLoad(100).within(ofHours(2)))
                .expect("orders", e -> e.status(RUNNING).tablesLoaded(1))
                .build();
    }

    static Scenario dataMigration() {
        return scenario("data migration start and stop")
                .tag("data-migration")
                .dataMigration(
                        "customers",
                        d -> d.type(FULL_LOAD_AND_CDC)
                                .engine("postgres")
                                .table("public.customers", 200_000)
                                .table("public.addresses", 300_000))
                .start("customers")
                .await("customers", a -> a.fullLoad(100).within(ofHours(1)))
                .await("customers", a -> a.cdcLatencyBelow(ofSeconds(10)).within(ofMinutes(10)))
                .expect("customers", e -> e.status(RUNNING).tablesLoaded(2).tablesErrored(0))
                .stop("customers")
                .await("customers", a -> a.status(STOPPED).within(ofMinutes(10)))
                .expect("customers", e -> e.stopReason(NORMAL))
                .build();
    }

    static Scenario cdcStartPosition() {
        return scenario("cdc from a start position")
                .tag("cdc")
                .replication("orders-cdc", r -> r.type(CDC).table("public.orders", 1_000_000))
                .start("orders-cdc", s -> s.cdcStartPosition("checkpoint:V1#27#mysql-bin.000003:1"))
                .await("orders-cdc", a -> a.status(RUNNING).within(ofHours(1)))
                .await("orders-cdc", a -> a.cdcLatencyBelow(ofSeconds(5)).within(ofMinutes(10)))
                .stop("orders-cdc")
                .await("orders-cdc", a -> a.status(STOPPED).within(ofMinutes(10)))
                .start("orders-cdc", RESUME_PROCESSING)
                .await("orders-cdc", a -> a.status(RUNNING).within(ofMinutes(30)))
                .build();
    }

    static Scenario sharedBuildingBlock(Path examples) {
        return scenario("cut-over using a shared building block")
                .tag("shared")
                .replication("billing", r -> r.table("public.invoices", 300_000).table("public.payments", 700_000))
                .include(
                        examples.resolve("blocks/start-and-load.dms.yaml").toString(),
                        Map.of("replication", "billing", "loadWithin", "3h"))
                .stop("billing")
                .await("billing", a -> a.status(STOPPED).within(ofMinutes(10)))
                .expect("billing", e -> e.stopReason(NORMAL))
                .build();
    }

    static Scenario schemaFirstMigration() {
        return scenario("schema-first migration")
                .tag("data-migration", "schema-conversion")
                .dataMigration(
                        "hr",
                        d -> d.type(FULL_LOAD)
                                .engine("postgres")
                                .table("hr.employees", 200_000)
                                .table("hr.departments", 40))
                .importMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.status("SUCCESS").within(ofHours(1)))
                .assessmentReports("hr", "Action item 5584: CONNECT BY is converted to a recursive CTE")
                .assessMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.within(ofHours(1)))
                .expectMetadataModel(
                        "hr", e -> e.request("assessment").status("SUCCESS").actionItemContains("CONNECT BY"))
                .convertMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.request("conversion").within(ofHours(1)))
                .exportMetadataModelToTarget("hr")
                .awaitMetadataModel("hr", a -> a.request("export-to-target").within(ofHours(1)))
                .start("hr")
                .await("hr", a -> a.status(STOPPED).within(ofHours(2)))
                .expect("hr", e -> e.tablesLoaded(2).tablesErrored(0))
                .expectCalls("StartMetadataModelExportToTarget", exactly(1))
                .build();
    }

    static Scenario schemaOnlyConversion() {
        return scenario("schema-only conversion")
                .tag("schema-conversion")
                .migrationProject(
                        "hr",
                        p -> p.engine("postgres").table("hr.employees", 200_000).table("hr.departments", 40))
                .importMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.within(ofHours(1)))
                .assessMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.within(ofHours(1)))
                .conversionFails("hr", "Unsupported data type SDO_GEOMETRY in hr.employees")
                .convertMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.status("FAILED").within(ofHours(1)))
                .expectMetadataModel("hr", e -> e.request("conversion").failureMessageContains("SDO_GEOMETRY"))
                .convertMetadataModel("hr")
                .awaitMetadataModel("hr", a -> a.request("conversion").within(ofHours(1)))
                .exportMetadataModelAsScript("hr")
                .awaitMetadataModel("hr", a -> a.request("export-as-script").within(ofHours(1)))
                .expectCalls("StartMetadataModelExportToTarget", exactly(0))
                .build();
    }
}
