package io.dmstestkit.examples.features;

import static io.dmstestkit.simulator.CallCount.exactly;
import static io.dmstestkit.simulator.CallPattern.dmsCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsSimulator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/** ResourceNotFound: DMS's answer for a resource that does not exist, and the same answer injected once. */
@DmsScenario
class ResourceNotFoundExample {

    @Test
    void dms_answers_resource_not_found_for_a_config_that_does_not_exist(DatabaseMigrationClient dms) {
        assertThatThrownBy(() -> dms.stopReplication(r ->
                        r.replicationConfigArn("arn:aws:dms:us-east-1:123456789012:replication-config:NOSUCHCONFIG")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void an_injected_fault_answers_resource_not_found_once(DatabaseMigrationClient dms, DmsSimulator simulator) {
        String fault = simulator
                .faults()
                .arm(DmsFault.error("ResourceNotFound")
                        .on("DescribeEndpoints")
                        .message("Endpoint not found: eventual consistency after CreateEndpoint")
                        .times(1)
                        .build());

        assertThatThrownBy(() -> dms.describeEndpoints(r -> {}))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("eventual consistency");
        assertThat(dms.describeEndpoints(r -> {}).endpoints()).isEmpty(); // times(1): then the real answer
        simulator.verify(exactly(1), dmsCall("DescribeEndpoints").withFault(fault));
    }
}
