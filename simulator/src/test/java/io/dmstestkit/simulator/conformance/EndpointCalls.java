package io.dmstestkit.simulator.conformance;

import static io.dmstestkit.simulator.conformance.Setups.availableInstance;
import static io.dmstestkit.simulator.conformance.Setups.endpoint;

import io.dmstestkit.simulator.DmsSimulator;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;

/** Endpoints, their catalogue and connection tests from a replication instance. */
public final class EndpointCalls implements ConformanceCalls {

    @Override
    public Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls() {
        return Map.of(
                "CreateEndpoint",
                (simulator, dms) -> dms.createEndpoint(r ->
                        r.endpointIdentifier("source").endpointType("source").engineName("postgres")),
                "DescribeEndpoints",
                (simulator, dms) -> {
                    endpoint(dms, "source", "source");
                    return dms.describeEndpoints(r -> {});
                },
                "ModifyEndpoint",
                (simulator, dms) -> dms.modifyEndpoint(
                        r -> r.endpointArn(endpoint(dms, "source", "source")).port(5433)),
                "DeleteEndpoint",
                (simulator, dms) -> dms.deleteEndpoint(r -> r.endpointArn(endpoint(dms, "source", "source"))),
                "DescribeEndpointTypes",
                (simulator, dms) -> dms.describeEndpointTypes(r -> {}),
                "DescribeEndpointSettings",
                (simulator, dms) -> dms.describeEndpointSettings(r -> r.engineName("postgres")),
                "TestConnection",
                (simulator, dms) -> {
                    String instance = availableInstance(simulator, dms, "tester");
                    return dms.testConnection(
                            r -> r.replicationInstanceArn(instance).endpointArn(endpoint(dms, "source", "source")));
                },
                "DescribeConnections",
                (simulator, dms) -> {
                    String instance = availableInstance(simulator, dms, "tester");
                    dms.testConnection(
                            r -> r.replicationInstanceArn(instance).endpointArn(endpoint(dms, "source", "source")));
                    simulator.clock().advance(Duration.ofMinutes(5));
                    return dms.describeConnections(r -> {});
                },
                "DeleteConnection",
                (simulator, dms) -> {
                    String instance = availableInstance(simulator, dms, "tester");
                    String endpoint = endpoint(dms, "source", "source");
                    dms.testConnection(r -> r.replicationInstanceArn(instance).endpointArn(endpoint));
                    simulator.clock().advance(Duration.ofMinutes(5));
                    return dms.deleteConnection(
                            r -> r.replicationInstanceArn(instance).endpointArn(endpoint));
                });
    }
}
