package io.dmstestkit.dsl;

import static io.dmstestkit.dsl.Dsl.CDC;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD_AND_CDC;
import static io.dmstestkit.dsl.Dsl.RECOVERABLE_ERROR;
import static io.dmstestkit.dsl.Dsl.RUNNING;
import static io.dmstestkit.dsl.Dsl.STOPPED;
import static io.dmstestkit.dsl.Dsl.scenario;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.simulator.DmsSimulator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Classic replication tasks in the DSL: declared alike in Java, Groovy and YAML, run with the steps
 * replications have (on an embedded simulator here; over HTTP in {@link RemoteTargetAcceptanceTest}), and
 * a name shared by a task and a replication refused where it is written.
 */
class TaskScenarioTest {

    private static Scenario javaDeclarations() {
        return scenario("declarations")
                .instance("shared", i -> i.instanceClass("dms.c5.large").allocatedStorage(100))
                .task(
                        "orders",
                        t -> t.type(CDC)
                                .instance("shared")
                                .table("public.orders", 1_000)
                                .tables(Map.of("public.lines", 2_000))
                                .sourceEngine("oracle")
                                .targetEngine("aurora-postgresql")
                                .sourceEndpoint("crm-source")
                                .targetEndpoint("crm-target"))
                .start("orders")
                .build();
    }

    @Test
    void should_read_the_same_task_and_instance_from_yaml_and_groovy() {
        Scenario yaml =
                ScenarioLoader.read("""
                        scenario: declarations
                        instances:
                          shared: { instanceClass: dms.c5.large, allocatedStorage: 100 }
                        tasks:
                          orders:
                            type: cdc
                            instance: shared
                            tables: { public.orders: 1000, public.lines: 2000 }
                            sourceEngine: oracle
                            targetEngine: aurora-postgresql
                            sourceEndpoint: crm-source
                            targetEndpoint: crm-target
                        steps:
                          - start: { task: orders }
                        """, "declarations.dms.yaml", Map.of()).get(0);
        Scenario groovy =
                ScenarioLoader.read("""
                        scenario('declarations') {
                            instance('shared') { instanceClass 'dms.c5.large'; allocatedStorage 100 }
                            task('orders') {
                                type CDC
                                instance 'shared'
                                table 'public.orders', rows: 1_000
                                tables 'public.lines': 2_000
                                sourceEngine 'oracle'
                                targetEngine 'aurora-postgresql'
                                sourceEndpoint 'crm-source'
                                targetEndpoint 'crm-target'
                            }
                            start 'orders'
                        }
                        """, "declarations.dms.groovy", Map.of()).get(0);

        assertThat(yaml).isEqualTo(javaDeclarations());
        assertThat(groovy).isEqualTo(javaDeclarations());
    }

    @Test
    void should_default_a_task_as_a_replication_and_give_it_an_instance_of_its_own() {
        Resource.Task task = (Resource.Task)
                scenario("defaults").task("orders", t -> {}).build().resources().get(0);

        assertThat(task.type()).isEqualTo(FULL_LOAD_AND_CDC);
        assertThat(task.instanceName()).isEqualTo("orders-instance");
        assertThat(task.sourceEngine()).isEqualTo("postgres");
    }

    @Test
    void should_run_the_steps_of_a_replication_on_a_task() {
        Scenario scenario = scenario("task steps")
                .task("orders", t -> t.table("public.orders", 200_000).table("public.lines", 400_000))
                .start("orders")
                .await(
                        "orders",
                        a -> a.tableState("public.orders", "Table completed").within(ofHours(1)))
                .await("orders", a -> a.fullLoad(100).within(ofHours(1)))
                .latencySpike("orders", l -> l.lasting(ofMinutes(5)).latency(ofMinutes(2)))
                .advance(ofMinutes(1))
                .tableError("orders", t -> t.table("public.lines").message("ORA-00942"))
                .advance(ofSeconds(30))
                .expect(
                        "orders",
                        e -> e.tableState("public.lines", "Table error").tablesErrored(1))
                .reload("orders", "public.lines")
                .await("orders", a -> a.cdcLatencyBelow(ofSeconds(5)).within(ofMinutes(30)))
                .fail(
                        "orders",
                        f -> f.after(ofMinutes(1)).reason(RECOVERABLE_ERROR).message("connection reset"))
                .await("orders", a -> a.status("failed").within(ofMinutes(10)))
                .expect("orders", e -> e.stopReason(RECOVERABLE_ERROR).failureMessageContains("connection reset"))
                .start("orders", s -> s.type("resume-processing"))
                .await("orders", a -> a.status(RUNNING).within(ofMinutes(30)))
                .stop("orders")
                .await("orders", a -> a.status(STOPPED).within(ofMinutes(10)))
                .expect("orders-instance", e -> e.status("available"))
                .build();

        ScenarioResult result = ScenarioRunner.embedded().run(scenario);

        assertThat(result.failure()).as(result.toString()).isEmpty();
    }

    @Test
    void should_create_a_declared_instance_first_and_run_two_tasks_on_it() {
        DmsSimulator simulator = DmsSimulator.create();
        try (DmsTarget target = DmsTargets.embedded(simulator)) {
            Scenario scenario = scenario("shared instance")
                    .task("first", t -> t.instance("shared").table("public.a", 10_000))
                    .task("second", t -> t.instance("shared").table("public.b", 10_000))
                    .instance("shared", i -> i.instanceClass("dms.t3.large"))
                    .start("first")
                    .start("second")
                    .await("second", a -> a.fullLoad(100).within(ofHours(1)))
                    .build();

            ScenarioResult result = new ScenarioRunner(target).run(scenario);

            assertThat(result.failure()).as(result.toString()).isEmpty();
        }
    }

    @Test
    void should_say_that_an_instance_has_no_run_to_start() {
        Scenario scenario = scenario("instance start")
                .instance("shared", i -> {})
                .start("shared")
                .build();

        ScenarioResult result = ScenarioRunner.embedded().run(scenario);

        assertThat(result.failure().orElseThrow())
                .contains(
                        "'shared' is a replication instance, which has no run to start; start a task that runs on it");
    }

    @Test
    void should_fail_the_setup_when_a_named_endpoint_does_not_exist() {
        Scenario scenario = scenario("missing endpoint")
                .task("orders", t -> t.sourceEndpoint("nowhere"))
                .start("orders")
                .build();

        ScenarioResult result = ScenarioRunner.embedded().run(scenario);

        assertThat(result.failure().orElseThrow())
                .contains("there is no endpoint 'nowhere'")
                .contains("check the declared replications, data migrations, replication tasks and replication"
                        + " instances");
    }

    @Test
    void should_refuse_a_replication_and_a_task_of_one_name_in_java() {
        ScenarioSpec spec = scenario("clash").replication("orders", r -> {});

        assertThatThrownBy(() -> spec.task("orders", t -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'orders' is declared as a replication (at ")
                .hasMessageContaining("and as a task (at ")
                .hasMessageEndingWith("need distinct names");
    }
}
