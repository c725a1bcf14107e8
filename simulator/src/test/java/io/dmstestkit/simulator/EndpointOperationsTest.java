package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.Endpoint;
import software.amazon.awssdk.services.databasemigration.model.Filter;
import software.amazon.awssdk.services.databasemigration.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

class EndpointOperationsTest {

    private final DmsSimulator simulator = DmsSimulator.create();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);

    @Test
    void should_create_and_describe_an_endpoint_with_the_arn_of_the_callers_account() {
        Endpoint created = dms.createEndpoint(r -> r.endpointIdentifier("orders-source")
                        .endpointType("source")
                        .engineName("postgres")
                        .serverName("db.example.com")
                        .port(5432)
                        .postgreSQLSettings(s -> s.slotName("dms_slot")))
                .endpoint();

        assertThat(created.endpointArn()).matches("arn:aws:dms:us-east-1:123456789012:endpoint:[A-Z0-9]{26}");
        assertThat(created.endpointTypeAsString()).isEqualTo("SOURCE");
        assertThat(created.engineDisplayName()).isEqualTo("PostgreSQL");
        assertThat(created.status()).isEqualTo("active");
        assertThat(created.postgreSQLSettings().slotName()).isEqualTo("dms_slot");

        Endpoint described = dms.describeEndpoints(
                        r -> r.filters(f -> f.name("endpoint-id").values("orders-source")))
                .endpoints()
                .get(0);
        assertThat(described).isEqualTo(created);
    }

    @Test
    void should_refuse_a_duplicate_identifier() {
        dms.createEndpoint(
                r -> r.endpointIdentifier("dup").endpointType("target").engineName("mysql"));
        assertThatThrownBy(() -> dms.createEndpoint(
                        r -> r.endpointIdentifier("dup").endpointType("target").engineName("mysql")))
                .isInstanceOf(ResourceAlreadyExistsException.class);
    }

    @Test
    void should_answer_resource_not_found_when_a_filter_matches_nothing() {
        assertThatThrownBy(() -> dms.describeEndpoints(r -> r.filters(
                        Filter.builder().name("endpoint-id").values("none").build())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_name_the_unknown_filter_and_the_valid_ones() {
        assertThatThrownBy(() -> dms.describeEndpoints(
                        r -> r.filters(f -> f.name("bogus").values("x"))))
                .isInstanceOfSatisfying(DatabaseMigrationException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .contains("bogus")
                            .contains("endpoint-arn");
                });
    }

    @Test
    void should_refuse_missing_required_members_naming_them() {
        assertThatThrownBy(
                        () -> dms.createEndpoint(r -> r.endpointIdentifier("x").endpointType("source")))
                .isInstanceOfSatisfying(DatabaseMigrationException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("EngineName");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
    }
}
