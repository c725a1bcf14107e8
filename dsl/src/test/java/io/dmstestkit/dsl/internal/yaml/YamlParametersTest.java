package io.dmstestkit.dsl.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.dsl.model.Table;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code parameters:} declares defaults, overrides replace them, {@code ${name}} uses them. */
class YamlParametersTest {

    private static final String SCENARIO = """
            scenario: parameters for ${env}
            parameters:
              rows: 2_000_000
              env: test
              settle: 30s
              message: "ORA-01555"
              units: 8
            replications:
              orders-${env}:
                maxCapacityUnits: ${units}
                tables:
                  public.orders: ${rows}
                  public.order_lines: "${rows}"
            steps:
              - start: orders-${env}
              - advance: ${settle}
              - fail: { replication: "orders-${env}", after: "${settle}", message: "${message} at ${rows} rows" }
            """;

    @Test
    void should_use_the_declared_defaults() {
        Scenario scenario = read(SCENARIO, Map.of());

        assertThat(scenario.name()).isEqualTo("parameters for test");
        assertThat(replication(scenario).name()).isEqualTo("orders-test");
        assertThat(replication(scenario).tables())
                .containsExactly(new Table("public.orders", 2_000_000), new Table("public.order_lines", 2_000_000));
        assertThat(replication(scenario).maxCapacityUnits()).isEqualTo(8);
        assertThat(scenario.steps().get(1)).isEqualTo(new Step.Advance(Duration.ofSeconds(30), Source.UNKNOWN));
    }

    @Test
    void should_record_the_effective_values_as_the_java_dsl_does() {
        Scenario scenario = read(SCENARIO, Map.of("env", "prod"));

        assertThat(scenario.parameters())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "rows", "2000000", "env", "prod", "settle", "30s", "message", "ORA-01555", "units", "8"));
    }

    @Test
    void should_replace_defaults_with_overrides_typed_as_yaml_would_type_them() {
        Scenario scenario = read(SCENARIO, Map.of("rows", "10", "units", "32", "settle", "5m"));

        assertThat(replication(scenario).tables()).extracting(Table::rows).containsExactly(10L, 10L);
        assertThat(replication(scenario).maxCapacityUnits()).isEqualTo(32);
        assertThat(((Step.Fail) scenario.steps().get(2)).after()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void should_replace_placeholders_inside_text() {
        Step.Fail fail =
                (Step.Fail) read(SCENARIO, Map.of("rows", "10")).steps().get(2);

        assertThat(fail.message()).isEqualTo("ORA-01555 at 10 rows");
        assertThat(fail.target()).isEqualTo("orders-test");
    }

    @Test
    void should_ignore_overrides_of_parameters_it_does_not_declare() {
        Scenario scenario = read(SCENARIO, Map.of("undeclared", "x"));

        assertThat(scenario.parameters()).doesNotContainKey("undeclared");
    }

    @Test
    void should_name_an_undeclared_parameter_where_it_is_used() {
        ScenarioLoadException e = catchThrowableOfType(
                ScenarioLoadException.class, () -> read(SCENARIO.replace("${settle}", "${setle}"), Map.of()));

        assertThat(e.getMessage()).isEqualTo("""
                parameters.dms.yaml:16:14: parameter 'setle' is not declared
                  did you mean 'settle'? Declared: rows, env, settle, message, units""");
    }

    @Test
    void should_name_the_option_when_an_override_has_the_wrong_type() {
        ScenarioLoadException e =
                catchThrowableOfType(ScenarioLoadException.class, () -> read(SCENARIO, Map.of("units", "many")));

        assertThat(e.getMessage())
                .isEqualTo("parameters.dms.yaml:10:23: 'maxCapacityUnits' of replication 'orders-test' must be a whole"
                        + " number from 0 to 2147483647, was 'many'");
    }

    @Test
    void should_give_a_placeholder_the_type_of_a_true_value() {
        Scenario scenario = read("""
                scenario: flags
                parameters: { disarm: true }
                steps:
                  - disarmFaults: ${disarm}
                """, Map.of());

        assertThat(scenario.steps()).hasSize(1).first().isInstanceOf(Step.DisarmFaults.class);
    }

    private static Scenario read(String text, Map<String, String> overrides) {
        return ScenarioLoader.read(text, "parameters.dms.yaml", overrides).get(0);
    }

    private static Resource.Replication replication(Scenario scenario) {
        return (Resource.Replication) scenario.resources().get(0);
    }
}
