package io.dmstestkit.simulator.internal.replication;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.endpoint.EndpointOperations;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.progress.TableSelection;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;
import io.dmstestkit.simulator.internal.state.Identifiers;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationConfig;

/**
 * The rules a replication config must satisfy, checked on the whole candidate config so that
 * CreateReplicationConfig and ModifyReplicationConfig apply exactly the same ones, in the same order:
 * identifier, endpoints (they must exist, the source must be a SOURCE endpoint and the target a TARGET),
 * replication type, table mappings, the two JSON settings documents, compute config.
 */
final class ConfigValidation {

    private ConfigValidation() {}

    /** The candidate as it will be stored, or the first ServiceError it deserves. */
    static ReplicationConfig validated(ReplicationConfig candidate, OperationContext context) {
        String identifier = Identifiers.require("ReplicationConfigIdentifier", candidate.replicationConfigIdentifier());
        requireUniqueIdentifier(context, identifier, candidate.replicationConfigArn());
        EndpointOperations.requireOfType(context, "SourceEndpointArn", candidate.sourceEndpointArn(), "SOURCE");
        EndpointOperations.requireOfType(context, "TargetEndpointArn", candidate.targetEndpointArn(), "TARGET");
        requireType(candidate.replicationTypeAsString());
        TableSelection.parse("TableMappings", candidate.tableMappings());
        requireJsonObject("ReplicationSettings", candidate.replicationSettings());
        requireJsonObject("SupplementalSettings", candidate.supplementalSettings());
        return candidate.toBuilder()
                .computeConfig(CapacityUnits.validated(candidate.computeConfig()))
                .build();
    }

    /** ResourceAlreadyExistsFault when another config has this identifier (DMS compares case-insensitively). */
    static void requireUniqueIdentifier(OperationContext context, String identifier, String ownArn) {
        Replications.store(context.account())
                .findNamed(
                        identifier,
                        r -> r.identifier().equalsIgnoreCase(identifier)
                                && !r.arn().equals(ownArn))
                .ifPresent(r -> {
                    throw ServiceError.alreadyExists(
                            "Replication config with identifier " + identifier + " already exists");
                });
    }

    private static void requireType(String type) {
        MigrationTypeValue value = MigrationTypeValue.fromValue(type);
        if (value == null || value == MigrationTypeValue.UNKNOWN_TO_SDK_VERSION) {
            throw ServiceError.invalidParameterValue(
                    "Invalid ReplicationType '" + type + "'. Valid values: full-load | cdc | full-load-and-cdc");
        }
    }

    private static void requireJsonObject(String member, String json) {
        if (json == null) {
            return;
        }
        try {
            if (!SdkJsonCodec.mapper().readTree(json).isObject()) {
                throw ServiceError.invalidParameterValue(member + " must be a JSON object");
            }
        } catch (JsonProcessingException e) {
            throw ServiceError.invalidParameterValue(member + " is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
