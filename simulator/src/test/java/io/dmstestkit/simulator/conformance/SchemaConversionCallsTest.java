package io.dmstestkit.simulator.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.TestClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;

/** Every schema-conversion call of the conformance test succeeds on a fresh simulator, and all are simulated. */
class SchemaConversionCallsTest {

    @Test
    void should_answer_every_schema_conversion_call_with_a_2xx() {
        var calls = new SchemaConversionCalls().calls();

        assertThat(calls).hasSize(22);
        calls.forEach((operation, call) -> {
            DmsSimulator simulator = DmsSimulator.create();
            assertThat(simulator.simulatedOperations()).contains(operation);
            DatabaseMigrationResponse response = call.apply(simulator, TestClients.inProcess(simulator));
            assertThat(response.sdkHttpResponse().statusCode()).as(operation).isEqualTo(200);
        });
    }
}
