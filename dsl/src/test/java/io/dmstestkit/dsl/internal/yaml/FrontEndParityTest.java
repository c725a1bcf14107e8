package io.dmstestkit.dsl.internal.yaml;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.Dsl;
import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.ScenarioSpec;
import io.dmstestkit.dsl.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three front ends speak one vocabulary: every step of {@link ScenarioSpec} is a YAML step, and every
 * option of every block (the methods of its spec class) builds the same model from Java, Groovy and YAML.
 * A word added to a spec without its YAML or Groovy form fails {@link #should_cover_every_option_of_every_block}.
 */
class FrontEndParityTest {

    /** One option of one step, written in each front end. */
    record Word(String step, String option, String yaml, String groovy, UnaryOperator<ScenarioSpec> java) {
        @Override
        public String toString() {
            return step + " " + option;
        }
    }

    static List<Word> words() {
        return List.of(
                // fault (FaultSpec)
                new Word(
                        "fault",
                        "error",
                        "{ error: AccessDenied }",
                        "fault 'AccessDenied'",
                        s -> s.fault("AccessDenied")),
                fault("on", "on: StopReplication", "on: 'StopReplication'", f -> f.on("StopReplication")),
                fault("message", "message: no", "message: 'no'", f -> f.message("no")),
                fault("resource", "resource: orders", "resource: 'orders'", f -> f.resource("orders")),
                fault("times", "times: 2", "times: 2", f -> f.times(2)),
                fault("onCall", "onCall: 3", "onCall: 3", f -> f.onCall(3)),
                fault("afterCalls", "afterCalls: 1", "afterCalls: 1", f -> f.afterCalls(1)),
                fault("probability", "probability: 0.5", "probability: 0.5", f -> f.probability(0.5, 1)),
                fault("seed", "probability: 0.5, seed: 7", "probability: 0.5, seed: 7", f -> f.probability(0.5, 7)),
                fault("from", "from: 10m", "from: 10.minutes", f -> f.from(ofMinutes(10))),
                fault(
                        "whileStatus",
                        "resource: orders, whileStatus: running",
                        "resource: 'orders', whileStatus: 'running'",
                        f -> f.resource("orders").whileStatus("running")),
                fault("account", "account: '123456789012'", "account: '123456789012'", f -> f.account("123456789012")),
                // start (StartSpec) and stop (StopSpec)
                block(
                        "start",
                        "type",
                        "type: resume-processing",
                        "type 'resume-processing'",
                        s -> s.start("orders", b -> b.type("resume-processing"))),
                block(
                        "start",
                        "cdcStartTime",
                        "cdcStartTime: '2026-01-01T00:00:00Z'",
                        "cdcStartTime '2026-01-01T00:00:00Z'",
                        s -> s.start("orders", b -> b.cdcStartTime("2026-01-01T00:00:00Z"))),
                block(
                        "start",
                        "cdcStartPosition",
                        "cdcStartPosition: p1",
                        "cdcStartPosition 'p1'",
                        s -> s.start("orders", b -> b.cdcStartPosition("p1"))),
                block(
                        "start",
                        "cdcStopPosition",
                        "cdcStopPosition: p2",
                        "cdcStopPosition 'p2'",
                        s -> s.start("orders", b -> b.cdcStopPosition("p2"))),
                block(
                        "start",
                        "expectError",
                        "expectError: AccessDenied",
                        "expectError 'AccessDenied'",
                        s -> s.start("orders", b -> b.expectError("AccessDenied"))),
                block(
                        "stop",
                        "expectError",
                        "expectError: AccessDenied",
                        "expectError 'AccessDenied'",
                        s -> s.stop("orders", b -> b.expectError("AccessDenied"))),
                // await (AwaitSpec)
                block(
                        "await",
                        "status",
                        "status: running",
                        "status 'running'",
                        s -> s.await("orders", a -> a.status("running"))),
                block(
                        "await",
                        "fullLoad",
                        "fullLoad: 40%",
                        "fullLoad 40.percent",
                        s -> s.await("orders", a -> a.fullLoad(40))),
                block(
                        "await",
                        "cdcLatencyBelow",
                        "cdcLatencyBelow: 5s",
                        "cdcLatencyBelow 5.seconds",
                        s -> s.await("orders", a -> a.cdcLatencyBelow(ofSeconds(5)))),
                block(
                        "await",
                        "tableState",
                        "tableState: { table: public.orders, state: Table completed }",
                        "tableState 'public.orders', 'Table completed'",
                        s -> s.await("orders", a -> a.tableState("public.orders", "Table completed"))),
                block(
                        "await",
                        "within",
                        "status: running, within: 2h",
                        "status 'running'; within 2.hours",
                        s -> s.await("orders", a -> a.status("running").within(java.time.Duration.ofHours(2)))),
                block(
                        "await",
                        "pollEvery",
                        "status: running, pollEvery: 30s",
                        "status 'running'; pollEvery 30.seconds",
                        s -> s.await("orders", a -> a.status("running").pollEvery(ofSeconds(30)))),
                // expect (ExpectSpec)
                block(
                        "expect",
                        "status",
                        "status: stopped",
                        "status 'stopped'",
                        s -> s.expect("orders", e -> e.status("stopped"))),
                block(
                        "expect",
                        "stopReason",
                        "stopReason: NORMAL",
                        "stopReason 'NORMAL'",
                        s -> s.expect("orders", e -> e.stopReason("NORMAL"))),
                block(
                        "expect",
                        "failureMessageContains",
                        "failureMessageContains: ORA",
                        "failureMessageContains 'ORA'",
                        s -> s.expect("orders", e -> e.failureMessageContains("ORA"))),
                block(
                        "expect",
                        "fullLoad",
                        "fullLoad: 100%",
                        "fullLoad 100.percent",
                        s -> s.expect("orders", e -> e.fullLoad(100))),
                block(
                        "expect",
                        "tablesLoaded",
                        "tablesLoaded: 2",
                        "tablesLoaded 2",
                        s -> s.expect("orders", e -> e.tablesLoaded(2))),
                block(
                        "expect",
                        "tablesErrored",
                        "tablesErrored: 1",
                        "tablesErrored 1",
                        s -> s.expect("orders", e -> e.tablesErrored(1))),
                block(
                        "expect",
                        "tableState",
                        "tableState: { table: public.orders, state: Table error }",
                        "tableState 'public.orders', 'Table error'",
                        s -> s.expect("orders", e -> e.tableState("public.orders", "Table error"))),
                // fail (FailSpec)
                block("fail", "at", "at: 40%", "at 40.percent", s -> s.fail("orders", f -> f.at(40))),
                block(
                        "fail",
                        "after",
                        "after: 10m",
                        "after 10.minutes",
                        s -> s.fail("orders", f -> f.after(ofMinutes(10)))),
                block(
                        "fail",
                        "reason",
                        "at: 1%, reason: RECOVERABLE_ERROR",
                        "at 1.percent; reason 'RECOVERABLE_ERROR'",
                        s -> s.fail("orders", f -> f.at(1).reason("RECOVERABLE_ERROR"))),
                block(
                        "fail",
                        "message",
                        "at: 1%, message: boom",
                        "at 1.percent; message 'boom'",
                        s -> s.fail("orders", f -> f.at(1).message("boom"))),
                // tableError, latencySpike, provisioningFails (their block specs)
                block(
                        "tableError",
                        "table",
                        "table: public.orders",
                        "table 'public.orders'",
                        s -> s.tableError("orders", t -> t.table("public.orders"))),
                block(
                        "tableError",
                        "after",
                        "table: public.orders, after: 5m",
                        "table 'public.orders'; after 5.minutes",
                        s -> s.tableError(
                                "orders", t -> t.table("public.orders").after(ofMinutes(5)))),
                block(
                        "tableError",
                        "message",
                        "table: public.orders, message: gone",
                        "table 'public.orders'; message 'gone'",
                        s -> s.tableError(
                                "orders", t -> t.table("public.orders").message("gone"))),
                block(
                        "latencySpike",
                        "lasting",
                        "lasting: 5m, latency: 2m",
                        "lasting 5.minutes; latency 2.minutes",
                        s -> s.latencySpike(
                                "orders", l -> l.lasting(ofMinutes(5)).latency(ofMinutes(2)))),
                block(
                        "latencySpike",
                        "latency",
                        "lasting: 1m, latency: 30s",
                        "lasting 1.minutes; latency 30.seconds",
                        s -> s.latencySpike(
                                "orders", l -> l.lasting(ofMinutes(1)).latency(ofSeconds(30)))),
                block(
                        "latencySpike",
                        "after",
                        "after: 10m, lasting: 5m, latency: 2m",
                        "after 10.minutes; lasting 5.minutes; latency 2.minutes",
                        s -> s.latencySpike(
                                "orders",
                                l -> l.after(ofMinutes(10))
                                        .lasting(ofMinutes(5))
                                        .latency(ofMinutes(2)))),
                block(
                        "provisioningFails",
                        "message",
                        "message: no capacity",
                        "message 'no capacity'",
                        s -> s.provisioningFails("orders", p -> p.message("no capacity"))),
                // awaitMetadataModel and expectMetadataModel (schema conversion)
                block(
                        "awaitMetadataModel",
                        "request",
                        "request: export-to-target",
                        "request 'export-to-target'",
                        s -> s.awaitMetadataModel("orders", a -> a.request("export-to-target"))),
                block(
                        "awaitMetadataModel",
                        "status",
                        "status: failed",
                        "status 'FAILED'",
                        s -> s.awaitMetadataModel("orders", a -> a.status("FAILED"))),
                block(
                        "awaitMetadataModel",
                        "within",
                        "within: 2h",
                        "within 2.hours",
                        s -> s.awaitMetadataModel("orders", a -> a.within(ofMinutes(120)))),
                block(
                        "awaitMetadataModel",
                        "pollEvery",
                        "pollEvery: 30s",
                        "pollEvery 30.seconds",
                        s -> s.awaitMetadataModel("orders", a -> a.pollEvery(ofSeconds(30)))),
                block(
                        "expectMetadataModel",
                        "request",
                        "request: assessment, status: SUCCESS",
                        "request 'assessment'; status 'SUCCESS'",
                        s -> s.expectMetadataModel(
                                "orders", e -> e.request("assessment").status("SUCCESS"))),
                block(
                        "expectMetadataModel",
                        "status",
                        "status: in-progress",
                        "status 'IN_PROGRESS'",
                        s -> s.expectMetadataModel("orders", e -> e.status("in progress"))),
                block(
                        "expectMetadataModel",
                        "failureMessageContains",
                        "failureMessageContains: SDO_GEOMETRY",
                        "failureMessageContains 'SDO_GEOMETRY'",
                        s -> s.expectMetadataModel("orders", e -> e.failureMessageContains("SDO_GEOMETRY"))),
                block(
                        "expectMetadataModel",
                        "actionItems",
                        "actionItems: 2",
                        "actionItems 2",
                        s -> s.expectMetadataModel("orders", e -> e.actionItems(2))),
                block(
                        "expectMetadataModel",
                        "actionItemContains",
                        "actionItemContains: CONNECT BY",
                        "actionItemContains 'CONNECT BY'",
                        s -> s.expectMetadataModel("orders", e -> e.actionItemContains("CONNECT BY"))));
    }

    private static Word fault(
            String option, String yaml, String groovy, UnaryOperator<io.dmstestkit.dsl.FaultSpec> java) {
        return new Word(
                "fault",
                option,
                "{ error: AccessDenied, " + yaml + " }",
                "fault 'AccessDenied', " + groovy,
                s -> s.fault("AccessDenied", f -> java.apply(f)));
    }

    private static Word block(
            String step, String option, String yaml, String groovy, UnaryOperator<ScenarioSpec> java) {
        return new Word(
                step, option, "{ replication: orders, " + yaml + " }", step + "('orders') { " + groovy + " }", java);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("words")
    void should_build_the_same_step_from_java_groovy_and_yaml(Word word) {
        Scenario java = word.java().apply(Dsl.scenario("parity")).build();
        Scenario yaml = ScenarioLoader.read(
                        "scenario: parity\nsteps:\n  - " + word.step() + ": " + word.yaml() + "\n",
                        "parity.dms.yaml",
                        Map.of())
                .get(0);
        Scenario groovy = ScenarioLoader.read(
                        "scenario('parity') {\n    " + word.groovy() + "\n}\n", "parity.dms.groovy", Map.of())
                .get(0);

        assertThat(yaml).isEqualTo(java);
        assertThat(groovy).isEqualTo(java);
    }

    /** One option of a declaration ({@code task}, {@code instance}), written in each front end. */
    record Declaration(
            String declaration, String option, String yaml, String groovy, UnaryOperator<ScenarioSpec> java) {
        @Override
        public String toString() {
            return declaration + " " + option;
        }
    }

    static List<Declaration> declarations() {
        return List.of(
                task("type", "type: cdc", "type 'cdc'", s -> s.task("orders", t -> t.type("cdc"))),
                task(
                        "tables",
                        "tables: { public.orders: 10, public.lines: 20 }",
                        "tables 'public.orders': 10, 'public.lines': 20",
                        s -> s.task("orders", t -> t.table("public.orders", 10).table("public.lines", 20))),
                task(
                        "instance",
                        "instance: shared",
                        "instance 'shared'",
                        s -> s.task("orders", t -> t.instance("shared"))),
                task(
                        "sourceEndpoint",
                        "sourceEndpoint: crm-source",
                        "sourceEndpoint 'crm-source'",
                        s -> s.task("orders", t -> t.sourceEndpoint("crm-source"))),
                task(
                        "targetEndpoint",
                        "targetEndpoint: crm-target",
                        "targetEndpoint 'crm-target'",
                        s -> s.task("orders", t -> t.targetEndpoint("crm-target"))),
                task(
                        "sourceEngine",
                        "sourceEngine: oracle",
                        "sourceEngine 'oracle'",
                        s -> s.task("orders", t -> t.sourceEngine("oracle"))),
                task(
                        "targetEngine",
                        "targetEngine: mysql",
                        "targetEngine 'mysql'",
                        s -> s.task("orders", t -> t.targetEngine("mysql"))),
                new Declaration(
                        "instance",
                        "instanceClass",
                        "instances:\n  shared: { instanceClass: dms.c5.large }\n",
                        "instance('shared') { instanceClass 'dms.c5.large' }",
                        s -> s.instance("shared", i -> i.instanceClass("dms.c5.large"))),
                new Declaration(
                        "migrationProject",
                        "tables",
                        "migrationProjects:\n  hr: { engine: mysql, tables: { hr.employees: 9 } }\n",
                        "migrationProject('hr') { engine 'mysql'; table 'hr.employees', rows: 9 }",
                        s -> s.migrationProject("hr", p -> p.engine("mysql").table("hr.employees", 9))),
                new Declaration(
                        "instance",
                        "allocatedStorage",
                        "instances:\n  shared: { allocatedStorage: 100 }\n",
                        "instance('shared') { allocatedStorage 100 }",
                        s -> s.instance("shared", i -> i.allocatedStorage(100))));
    }

    private static Declaration task(String option, String yaml, String groovy, UnaryOperator<ScenarioSpec> java) {
        return new Declaration(
                "task", option, "tasks:\n  orders: { " + yaml + " }\n", "task('orders') { " + groovy + " }", java);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void should_declare_the_same_resource_from_java_groovy_and_yaml(Declaration word) {
        Scenario java = word.java().apply(Dsl.scenario("parity")).build();
        Scenario yaml = ScenarioLoader.read("scenario: parity\n" + word.yaml(), "parity.dms.yaml", Map.of())
                .get(0);
        Scenario groovy = ScenarioLoader.read(
                        "scenario('parity') {\n    " + word.groovy() + "\n}\n", "parity.dms.groovy", Map.of())
                .get(0);

        assertThat(yaml).isEqualTo(java);
        assertThat(groovy).isEqualTo(java);
    }

    @Test
    void should_cover_every_option_of_every_block() {
        Set<String> covered = new LinkedHashSet<>();
        words().forEach(word -> covered.add(word.step() + " " + word.option()));
        List<String> options = new ArrayList<>();
        for (String step : YamlVocabulary.steps()) {
            if (YamlVocabulary.block(step) != null) {
                YamlVocabulary.options(step).forEach(option -> options.add(step + " " + option));
            }
        }

        assertThat(covered).containsExactlyInAnyOrderElementsOf(options);
    }

    /** One option of one kind of resource, in YAML ({@code replications: { r: { <yaml> } }}) and Java. */
    record ResourceWord(String resource, String option, String yaml, UnaryOperator<ScenarioSpec> java) {
        @Override
        public String toString() {
            return resource + " " + option;
        }
    }

    static List<ResourceWord> resourceWords() {
        return List.of(
                new ResourceWord("replication", "type", "type: cdc", s -> s.replication("r", r -> r.type("cdc"))),
                new ResourceWord(
                        "replication",
                        "tables",
                        "tables: { public.orders: 5, public.lines: 7 }",
                        s -> s.replication("r", r -> r.table("public.orders", 5).table("public.lines", 7))),
                new ResourceWord(
                        "replication",
                        "sourceEngine",
                        "sourceEngine: mysql",
                        s -> s.replication("r", r -> r.sourceEngine("mysql"))),
                new ResourceWord(
                        "replication",
                        "targetEngine",
                        "targetEngine: mysql",
                        s -> s.replication("r", r -> r.targetEngine("mysql"))),
                new ResourceWord(
                        "replication",
                        "maxCapacityUnits",
                        "maxCapacityUnits: 4",
                        s -> s.replication("r", r -> r.maxCapacityUnits(4))),
                new ResourceWord(
                        "dataMigration",
                        "type",
                        "type: full-load",
                        s -> s.dataMigration("r", d -> d.type("full-load"))),
                new ResourceWord(
                        "dataMigration",
                        "tables",
                        "tables: { public.customers: 9 }",
                        s -> s.dataMigration("r", d -> d.table("public.customers", 9))),
                new ResourceWord(
                        "dataMigration", "engine", "engine: mysql", s -> s.dataMigration("r", d -> d.engine("mysql"))),
                new ResourceWord(
                        "migrationProject",
                        "tables",
                        "tables: { hr.employees: 9, hr.departments: 2 }",
                        s -> s.migrationProject(
                                "r", p -> p.table("hr.employees", 9).table("hr.departments", 2))),
                new ResourceWord(
                        "migrationProject",
                        "engine",
                        "engine: mysql",
                        s -> s.migrationProject("r", p -> p.engine("mysql"))),
                new ResourceWord("task", "type", "type: cdc", s -> s.task("r", t -> t.type("cdc"))),
                new ResourceWord(
                        "task",
                        "tables",
                        "tables: { public.orders: 10, public.lines: 20 }",
                        s -> s.task("r", t -> t.table("public.orders", 10).table("public.lines", 20))),
                new ResourceWord("task", "instance", "instance: shared", s -> s.task("r", t -> t.instance("shared"))),
                new ResourceWord(
                        "task",
                        "sourceEndpoint",
                        "sourceEndpoint: crm-source",
                        s -> s.task("r", t -> t.sourceEndpoint("crm-source"))),
                new ResourceWord(
                        "task",
                        "targetEndpoint",
                        "targetEndpoint: crm-target",
                        s -> s.task("r", t -> t.targetEndpoint("crm-target"))),
                new ResourceWord(
                        "task",
                        "sourceEngine",
                        "sourceEngine: oracle",
                        s -> s.task("r", t -> t.sourceEngine("oracle"))),
                new ResourceWord(
                        "task", "targetEngine", "targetEngine: mysql", s -> s.task("r", t -> t.targetEngine("mysql"))),
                new ResourceWord(
                        "instance",
                        "instanceClass",
                        "instanceClass: dms.c5.large",
                        s -> s.instance("r", i -> i.instanceClass("dms.c5.large"))),
                new ResourceWord(
                        "instance",
                        "allocatedStorage",
                        "allocatedStorage: 100",
                        s -> s.instance("r", i -> i.allocatedStorage(100))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resourceWords")
    void should_declare_the_same_resource_from_java_and_yaml(ResourceWord word) {
        Scenario java = word.java().apply(Dsl.scenario("parity")).build();
        Scenario yaml = ScenarioLoader.read(
                        "scenario: parity\n" + word.resource() + "s:\n  r: { " + word.yaml() + " }\n",
                        "parity.dms.yaml",
                        Map.of())
                .get(0);

        assertThat(yaml).isEqualTo(java);
    }

    /** A kind of resource added to ScenarioSpec is a YAML key at once; this keeps its options tested. */
    @Test
    void should_cover_every_option_of_every_resource() {
        Set<String> covered = new LinkedHashSet<>();
        resourceWords().forEach(word -> covered.add(word.toString()));
        List<String> options = new ArrayList<>();
        for (String key : YamlVocabulary.resourceKeys()) {
            String resource = YamlVocabulary.resourceMethod(key);
            YamlVocabulary.resourceOptions(resource).forEach(option -> options.add(resource + " " + option));
        }

        assertThat(covered).containsExactlyInAnyOrderElementsOf(options);
    }

    @Test
    void should_read_every_step_of_the_java_dsl_and_no_other() {
        StepReader reader = new StepReader(new Values(Parameters.declare(null, Map.of())), null);

        assertThat(reader.names()).containsExactlyInAnyOrderElementsOf(YamlVocabulary.steps());
    }

    @Test
    void should_give_every_block_of_the_java_dsl_a_groovy_named_form_with_the_same_options() {
        Stream.of("tableError", "latencySpike")
                .forEach(step ->
                        assertThat(Stream.of(YamlVocabulary.options(step))).isNotEmpty());
        for (String option : YamlVocabulary.options("fault")) {
            if (option.equals("error")) {
                continue;
            }
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ScenarioLoader.read(
                    "scenario('named') {\n    fault 'AccessDenied', " + option + ": null\n}\n",
                    "named.dms.groovy",
                    Map.of()));
            assertThat(String.valueOf(thrown)).as(option).doesNotContain("unknown option");
        }
    }
}
