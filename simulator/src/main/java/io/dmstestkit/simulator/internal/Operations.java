package io.dmstestkit.simulator.internal;

import io.dmstestkit.simulator.internal.account.AccountOperations;
import io.dmstestkit.simulator.internal.assessment.AssessmentOperations;
import io.dmstestkit.simulator.internal.certificate.CertificateOperations;
import io.dmstestkit.simulator.internal.datamigration.DataMigrationOperations;
import io.dmstestkit.simulator.internal.endpoint.EndpointOperations;
import io.dmstestkit.simulator.internal.event.EventOperations;
import io.dmstestkit.simulator.internal.fleetadvisor.FleetAdvisorOperations;
import io.dmstestkit.simulator.internal.instance.InstanceOperations;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.recommendation.RecommendationOperations;
import io.dmstestkit.simulator.internal.replication.ReplicationOperations;
import io.dmstestkit.simulator.internal.schema.SchemaOperations;
import io.dmstestkit.simulator.internal.schemaconversion.SchemaConversionOperations;
import io.dmstestkit.simulator.internal.task.TaskOperations;

/** Wires every simulated operation into one registry. Each resource family registers its own handlers. */
public final class Operations {

    private final OperationRegistry registry;

    private Operations(OperationRegistry registry) {
        this.registry = registry;
    }

    public static Operations all() {
        OperationRegistry registry = new OperationRegistry();
        EndpointOperations.register(registry);
        AccountOperations.register(registry);
        ReplicationOperations.register(registry);
        DataMigrationOperations.register(registry);
        InstanceOperations.register(registry);
        EventOperations.register(registry);
        CertificateOperations.register(registry);
        TaskOperations.register(registry);
        SchemaOperations.register(registry);
        AssessmentOperations.register(registry);
        FleetAdvisorOperations.register(registry);
        RecommendationOperations.register(registry);
        SchemaConversionOperations.register(registry);
        return new Operations(registry);
    }

    public OperationRegistry registry() {
        return registry;
    }
}
