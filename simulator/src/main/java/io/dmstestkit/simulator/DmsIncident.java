package io.dmstestkit.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A state fault: something that goes wrong inside a replication or data migration run, or to a
 * replication instance, planned ahead so a test sees DMS fail deterministically. Plan one with {@link DmsSimulator#planIncident}. It strikes
 * the current run when its moment can still come there, otherwise the first later run in which it can;
 * what was already observed never changes.
 *
 * <pre>{@code
 * simulator.planIncident("orders", DmsIncident.failAtPercent(40, Severity.FATAL_ERROR, "ORA-01555: snapshot too old"));
 * simulator.planIncident("orders", DmsIncident.tableError("public.orders", clock.now().plusSeconds(300), "duplicate key"));
 * simulator.planIncident("orders", DmsIncident.latencySpike(clock.now().plusSeconds(600), Duration.ofMinutes(5), Duration.ofSeconds(45)));
 * simulator.planIncident("my-instance", DmsIncident.storageFull(clock.now().plusSeconds(3600)));
 * }</pre>
 *
 * <p>This is the one vocabulary of state faults: the Java API, the DSL (Java, Groovy, YAML) and the admin
 * API all build these records, so their rules (a percentage is 0 to 100, a spike lasts a positive time)
 * and their default messages ({@link #DEFAULT_FAILURE_MESSAGE} …) are the same everywhere. Serverless
 * replications and data migrations read them through one internal run model.
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface DmsIncident {

    /** The message of a failure planned without one. */
    String DEFAULT_FAILURE_MESSAGE = "Simulated failure";

    /** The message of a table error planned without one. */
    String DEFAULT_TABLE_ERROR_MESSAGE = "Simulated table error";

    /** The message of a provisioning failure planned without one. */
    String DEFAULT_PROVISIONING_FAILURE_MESSAGE = "Simulated provisioning failure";

    /** Which stop reason a failure reports ({@code Stop Reason FATAL_ERROR} …), and how the run may be restarted. */
    enum Severity {
        /** {@code Stop Reason FATAL_ERROR}: only reload-target restarts a replication. */
        FATAL_ERROR,
        /** {@code Stop Reason RECOVERABLE_ERROR}: resume-processing continues where it failed. */
        RECOVERABLE_ERROR
    }

    /**
     * The run fails (status {@code failed}) when its full load reaches {@code percent} (0 to 100; at 100
     * it fails the moment the last table is loaded). Runs that load nothing (CDC only) are spared.
     */
    record FailAtPercent(int percent, Severity severity, String message) implements DmsIncident {
        public FailAtPercent {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("percent must be 0 to 100, was " + percent);
            }
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The run going at virtual time {@code at} fails then. */
    record FailAt(Instant at, Severity severity, String message) implements DmsIncident {
        public FailAt {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Capacity provisioning of the next run fails (replications only). */
    record ProvisioningFailure(String message) implements DmsIncident {
        public ProvisioningFailure {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * One table ({@code schema.table}, compared without regard to case; {@code public} when no schema is
     * given) goes to {@code Table error} at {@code at}, or when a run selecting it is under way after that;
     * the run goes on and counts it in TablesErrored.
     */
    record TableError(String table, Instant at, String message) implements DmsIncident {
        public TableError {
            Objects.requireNonNull(table, "table");
            if (table.isBlank()) {
                throw new IllegalArgumentException("table must name a table, e.g. public.orders");
            }
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(message, "message");
        }
    }

    /** CDC latency is at least {@code latency} from {@code from} for {@code lasting} (seen while CDC runs). */
    record LatencySpike(Instant from, Duration lasting, Duration latency) implements DmsIncident {
        public LatencySpike {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(lasting, "lasting");
            Objects.requireNonNull(latency, "latency");
            if (lasting.isNegative() || lasting.isZero()) {
                throw new IllegalArgumentException("lasting must be positive, was " + lasting);
            }
            if (latency.isNegative()) {
                throw new IllegalArgumentException("latency must not be negative, was " + latency);
            }
        }

        /** When the spike is over. */
        public Instant until() {
            return from.plus(lasting);
        }
    }

    /**
     * A replication instance enters {@code status} at {@code at} and stays there, reported by a
     * {@code failure} event with {@code message}: {@code storage-full} (a modification that adds storage
     * makes it {@code available} again), {@code incompatible-network}, {@code incompatible-credentials},
     * {@code inaccessible-encryption-credentials} or {@code failed}. Instances only.
     */
    record InstanceStatus(String status, Instant at, String message) implements DmsIncident {
        public InstanceStatus {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * An individual premigration assessment ({@code assessmentName}, e.g.
     * {@code unsupported-data-types-in-source}) ends with {@code status} ({@code failed}, {@code warning} or
     * {@code error}) and {@code message} in every later assessment run of the replication config or
     * replication task it is planned on, serverless or classic. With {@code FailOnAssessmentFailure} (the
     * default) a failed assessment keeps a serverless replication from starting.
     *
     * <pre>{@code
     * simulator.planIncident("orders", DmsIncident.assessmentFails("unsupported-data-types-in-source", "column geo: GEOMETRY"));
     * }</pre>
     */
    record AssessmentOutcome(String assessmentName, String status, String message) implements DmsIncident {
        public AssessmentOutcome {
            Objects.requireNonNull(assessmentName, "assessmentName");
            Objects.requireNonNull(message, "message");
            if (!java.util.Set.of("failed", "warning", "error").contains(status)) {
                throw new IllegalArgumentException(
                        "status must be failed, warning or error (the outcomes of an individual assessment), was "
                                + status);
            }
        }
    }

    /**
     * Every later {@code RefreshSchemas} of the endpoint it is planned on ends {@code failed} with
     * {@code message} (DescribeRefreshSchemasStatus shows it as LastFailureMessage). Endpoints only.
     */
    record SchemaRefreshFailure(String message) implements DmsIncident {
        public SchemaRefreshFailure {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Every later {@code TestConnection} of the endpoint it is planned on, with any replication instance,
     * stays {@code testing} as usual and then ends {@code failed} with {@code message} as LastFailureMessage
     * (so the SDK waiter {@code waitUntilTestConnectionSucceeds} reaches its failure acceptor). Endpoints only.
     *
     * <pre>{@code
     * simulator.planIncident("orders-source", DmsIncident.connectionTestFails("ORA-12541: TNS:no listener"));
     * }</pre>
     */
    record ConnectionTestFailure(String message) implements DmsIncident {
        public ConnectionTestFailure {
            Objects.requireNonNull(message, "message");
            if (message.isBlank()) {
                throw new IllegalArgumentException("message must say why the connection test failed");
            }
        }
    }

    /** Connection tests of the endpoint fail with {@code message}. */
    static DmsIncident connectionTestFails(String message) {
        return new ConnectionTestFailure(message);
    }

    /** The individual assessment {@code assessmentName} fails with {@code message}. */
    static DmsIncident assessmentFails(String assessmentName, String message) {
        return new AssessmentOutcome(assessmentName, "failed", message);
    }

    /** The individual assessment {@code assessmentName} ends with a warning, {@code message}. */
    static DmsIncident assessmentWarns(String assessmentName, String message) {
        return new AssessmentOutcome(assessmentName, "warning", message);
    }

    /** Schema refreshes of the endpoint fail with {@code message}. */
    static DmsIncident schemaRefreshFails(String message) {
        return new SchemaRefreshFailure(message);
    }

    /** The schema-conversion requests of a migration project, by the operation that starts them. */
    enum SchemaConversionStep {
        /** {@code StartMetadataModelImport}. */
        IMPORT,
        /** {@code StartMetadataModelAssessment}. */
        ASSESSMENT,
        /** {@code StartMetadataModelConversion}. */
        CONVERSION,
        /** {@code StartMetadataModelCreation}. */
        CREATION,
        /** {@code StartMetadataModelExportAsScript}. */
        EXPORT_AS_SCRIPT,
        /** {@code StartMetadataModelExportToTarget}. */
        EXPORT_TO_TARGET,
        /** {@code StartExtensionPackAssociation}. */
        EXTENSION_PACK_ASSOCIATION
    }

    /**
     * A schema-conversion request of a migration project (planned on the project, by name or ARN) ends
     * {@code FAILED} with {@code message} instead of {@code SUCCESS}: the request of this step that is
     * under way when planned, otherwise the next one started.
     */
    record SchemaConversionFailure(SchemaConversionStep step, String message) implements DmsIncident {
        public SchemaConversionFailure {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(message, "message");
            if (message.isBlank()) {
                throw new IllegalArgumentException("message must say why the request failed");
            }
        }
    }

    /**
     * The assessment of a migration project (the one under way when planned, otherwise the next one)
     * reports these action items: it still ends {@code SUCCESS}, as on DMS, and the items are what its
     * report lists ({@link DmsSimulator#assessmentActionItems}). At least one item, none blank.
     */
    record AssessmentActionItems(List<String> items) implements DmsIncident {
        public AssessmentActionItems {
            items = List.copyOf(Objects.requireNonNull(items, "items"));
            if (items.isEmpty() || items.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("an assessment reports at least one action item, none blank");
            }
        }
    }

    /**
     * The conversion of a migration project fails with {@code message}.
     *
     * <pre>{@code
     * simulator.planIncident("hr-project", DmsIncident.conversionFailure("Unsupported data type SDO_GEOMETRY"));
     * }</pre>
     */
    static DmsIncident conversionFailure(String message) {
        return new SchemaConversionFailure(SchemaConversionStep.CONVERSION, message);
    }

    /** A schema-conversion request of {@code step} on a migration project fails with {@code message}. */
    static DmsIncident schemaConversionFailure(SchemaConversionStep step, String message) {
        return new SchemaConversionFailure(step, message);
    }

    /**
     * The assessment of a migration project reports {@code items}.
     *
     * <pre>{@code
     * simulator.planIncident("hr-project", DmsIncident.assessmentActionItems("Action item 5584: CONNECT BY"));
     * }</pre>
     */
    static DmsIncident assessmentActionItems(String... items) {
        return new AssessmentActionItems(List.of(items));
    }

    /** The instance goes {@code storage-full} at {@code at}. */
    static DmsIncident storageFull(Instant at) {
        return new InstanceStatus("storage-full", at, "The replication instance has gone into storage failure.");
    }

    /** The instance goes {@code incompatible-network} at {@code at}. */
    static DmsIncident incompatibleNetwork(Instant at) {
        return new InstanceStatus(
                "incompatible-network", at, "The replication instance has failed due to an incompatible network.");
    }

    static DmsIncident failAtPercent(int percent, Severity severity, String message) {
        return new FailAtPercent(percent, severity, message);
    }

    static DmsIncident failAt(Instant at, Severity severity, String message) {
        return new FailAt(at, severity, message);
    }

    static DmsIncident provisioningFailure(String message) {
        return new ProvisioningFailure(message);
    }

    static DmsIncident tableError(String table, Instant at, String message) {
        return new TableError(table, at, message);
    }

    static DmsIncident latencySpike(Instant from, Duration lasting, Duration latency) {
        return new LatencySpike(from, lasting, latency);
    }
}
