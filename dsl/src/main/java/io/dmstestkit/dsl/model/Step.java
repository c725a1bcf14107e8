package io.dmstestkit.dsl.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One step of a scenario. Each carries where it was written, for messages. Optional members are null
 * when not given. {@code target} is the name of a replication or data migration of the scenario.
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface Step {

    Source source();

    /** A short description for results and messages, e.g. {@code start orders}. */
    String describe();

    /** Starts a replication or data migration (StartReplication / StartDataMigration). */
    record Start(
            String target,
            StartType startType,
            String cdcStartTime,
            String cdcStartPosition,
            String cdcStopPosition,
            ExpectedError expectError,
            Source source)
            implements Step {
        public Start {
            Invariants.target(target, "start");
            Invariants.required(startType, "start '" + target + "': the start type", "e.g. start-replication");
        }

        @Override
        public String describe() {
            return "start " + target
                    + (startType == StartType.START_REPLICATION ? "" : " (" + startType.wireValue() + ")");
        }
    }

    /** Stops a run (StopReplication / StopDataMigration). */
    record Stop(String target, ExpectedError expectError, Source source) implements Step {
        public Stop {
            Invariants.target(target, "stop");
        }

        @Override
        public String describe() {
            return "stop " + target;
        }
    }

    /** Reloads tables of a running replication (ReloadReplicationTables). */
    record Reload(String target, List<String> tables, Source source) implements Step {
        public Reload {
            Invariants.target(target, "reload");
            tables = List.copyOf(Invariants.notEmpty(
                    tables, "reload '" + target + "': the tables to reload", "e.g. reload 'orders', 'public.orders'"));
            tables.forEach(
                    table -> Invariants.text(table, "reload '" + target + "': a table name", "e.g. public.orders"));
        }

        @Override
        public String describe() {
            return "reload " + String.join(", ", tables) + " of " + target;
        }
    }

    /** Polls until a condition holds, within a virtual-time limit. */
    record Await(String target, Condition condition, Duration within, Duration pollEvery, Source source)
            implements Step {
        public Await {
            Invariants.target(target, "await");
            Invariants.required(
                    condition,
                    "await '" + target + "': what to wait for",
                    "add status, fullLoad, cdcLatencyBelow or tableState");
            Invariants.polls(within, pollEvery, "await '" + target + "'");
        }

        @Override
        public String describe() {
            return "await " + target + " " + condition.describe() + " within " + Durations.format(within);
        }
    }

    /** Moves virtual time forward. */
    record Advance(Duration by, Source source) implements Step {
        public Advance {
            Invariants.notNegative(by, "advance: the duration", "e.g. advance 10m");
        }

        @Override
        public String describe() {
            return "advance " + Durations.format(by);
        }
    }

    /** Arms a service fault. */
    record ArmFault(FaultDecl fault, Source source) implements Step {
        public ArmFault {
            Invariants.required(fault, "fault: the fault", "e.g. fault 'AccessDenied'");
        }

        @Override
        public String describe() {
            return "fault " + fault.describe();
        }
    }

    /** Disarms every service fault armed so far. */
    record DisarmFaults(Source source) implements Step {
        @Override
        public String describe() {
            return "disarm faults";
        }
    }

    /**
     * Makes a run fail: at a full-load percent, or a virtual time after this step (exactly one of them).
     */
    record Fail(String target, Integer atPercent, Duration after, StopReason reason, String message, Source source)
            implements Step {
        public Fail {
            Invariants.target(target, "fail");
            String step = "fail '" + target + "'";
            if ((atPercent == null) == (after == null)) {
                throw new IllegalArgumentException(
                        step + " needs exactly one of at (a full-load percent) or after (a duration)"
                                + "; e.g. at 40% or after 10m");
            }
            if (atPercent != null) {
                Invariants.percent(atPercent, step + ": 'at'");
            } else {
                Invariants.notNegative(after, step + ": 'after'", "e.g. after 10m");
            }
            Invariants.required(reason, step + ": the reason", "FATAL_ERROR or RECOVERABLE_ERROR");
            if (reason != StopReason.FATAL_ERROR && reason != StopReason.RECOVERABLE_ERROR) {
                throw new IllegalArgumentException(
                        step + ": a failure's reason is FATAL_ERROR or RECOVERABLE_ERROR, not " + reason);
            }
            Invariants.required(message, step + ": the failure message", "e.g. message 'ORA-01555: snapshot too old'");
        }

        @Override
        public String describe() {
            return "fail " + target
                    + (atPercent != null ? " at " + atPercent + "%" : " after " + Durations.format(after)) + " with "
                    + reason.name();
        }
    }

    /** Puts one table into an error state, a virtual time after this step. */
    record TableError(String target, String table, Duration after, String message, Source source) implements Step {
        public TableError {
            Invariants.target(target, "tableError");
            String step = "tableError '" + target + "'";
            Invariants.text(table, step + ": 'table'", "name the table, e.g. table: 'public.orders'");
            Invariants.notNegative(after, step + ": 'after'", "e.g. after: 5m");
        }

        @Override
        public String describe() {
            return "table error on " + table + " of " + target;
        }
    }

    /** Raises CDC latency for a while, starting a virtual time after this step. */
    record LatencySpike(String target, Duration after, Duration lasting, Duration latency, Source source)
            implements Step {
        public LatencySpike {
            Invariants.target(target, "latencySpike");
            String step = "latencySpike '" + target + "'";
            Invariants.notNegative(after, step + ": 'after'", "e.g. after: 10m");
            Invariants.positive(lasting, step + ": 'lasting' (how long the spike lasts)", "e.g. lasting: 5m");
            Invariants.positive(latency, step + ": 'latency' (the CDC latency during the spike)", "e.g. latency: 2m");
        }

        @Override
        public String describe() {
            return "CDC latency spike of " + Durations.format(latency) + " on " + target;
        }
    }

    /** Makes provisioning of the next run fail. */
    record ProvisioningFails(String target, String message, Source source) implements Step {
        public ProvisioningFails {
            Invariants.target(target, "provisioningFails");
        }

        @Override
        public String describe() {
            return "provisioning fails for " + target;
        }
    }

    /** Checks the current state of a replication or data migration. */
    record Expect(String target, List<Expectation> expectations, Source source) implements Step {
        public Expect {
            Invariants.target(target, "expect");
            expectations = List.copyOf(
                    Invariants.notEmpty(
                            expectations,
                            "expect '" + target + "': what to check",
                            "add status, stopReason, failureMessageContains, fullLoad, tablesLoaded, tablesErrored or tableState"));
        }

        @Override
        public String describe() {
            return "expect " + target + " "
                    + String.join(
                            ", ",
                            expectations.stream().map(Expectation::describe).toList());
        }
    }

    /** Checks how many calls of an operation were made (the journal). */
    record ExpectCalls(String operation, CallCountDecl count, String resource, Source source) implements Step {
        public ExpectCalls {
            Invariants.text(operation, "expectCalls: the operation", "e.g. expectCalls 'StopReplication', exactly: 1");
            Invariants.required(count, "expectCalls '" + operation + "': the count", "give exactly, atLeast or atMost");
        }

        @Override
        public String describe() {
            return "expect " + count.describe() + " " + operation + " call(s)";
        }
    }

    /**
     * Runs another scenario file's resources and steps here, with parameters. Two includes are equal when
     * they include the same scenario with the same parameters, however the file was named (a path relative
     * to a YAML file and a classpath reference from Java can name the same block).
     */
    record Include(String reference, Map<String, String> parameters, Scenario included, Source source) implements Step {
        public Include {
            Invariants.text(reference, "include: the file", "e.g. include 'blocks/start-and-load.dms.yaml'");
            Invariants.required(included, "include '" + reference + "': the included scenario", "load it first");
            parameters = Map.copyOf(parameters);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Include that
                    && parameters.equals(that.parameters)
                    && included.equals(that.included);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(parameters, included);
        }

        @Override
        public String describe() {
            return "include " + reference;
        }
    }

    // ---- DMS Schema Conversion: requests on the migration project of a data migration ----------

    /** Starts a schema-conversion request (StartMetadataModelImport, …Assessment, …Conversion, …Export…). */
    record StartSchemaRequest(String target, SchemaRequest request, Source source) implements Step {
        public StartSchemaRequest {
            Invariants.target(target, "start " + (request == null ? "schema request" : request.words()));
            Invariants.required(request, "the schema-conversion request", "e.g. conversion");
        }

        @Override
        public String describe() {
            return "start metadata-model " + request.words() + " of " + target;
        }
    }

    /**
     * Polls a schema-conversion request until it has a status (SUCCESS, FAILED…), within a virtual-time
     * limit; {@code request} null is the last one the scenario started on the target.
     */
    record AwaitSchemaRequest(
            String target, SchemaRequest request, String status, Duration within, Duration pollEvery, Source source)
            implements Step {
        public AwaitSchemaRequest {
            Invariants.target(target, "awaitMetadataModel");
            status = SchemaRequestStatus.parse(status);
            Invariants.polls(within, pollEvery, "awaitMetadataModel '" + target + "'");
        }

        @Override
        public String describe() {
            return "await metadata-model " + (request == null ? "request" : request.words()) + " of " + target
                    + " status " + status + " within " + Durations.format(within);
        }
    }

    /**
     * Checks a schema-conversion request now: its status, its failure message, the action items of an
     * assessment. Null members are not checked; at least one is given.
     */
    record ExpectSchemaRequest(
            String target,
            SchemaRequest request,
            String status,
            String failureMessageContains,
            Integer actionItems,
            String actionItemContains,
            Source source)
            implements Step {
        public ExpectSchemaRequest {
            Invariants.target(target, "expectMetadataModel");
            String step = "expectMetadataModel '" + target + "'";
            if (status == null && failureMessageContains == null && actionItems == null && actionItemContains == null) {
                throw new IllegalArgumentException(step + " says nothing to check; add status, failureMessageContains,"
                        + " actionItems or actionItemContains");
            }
            status = status == null ? null : SchemaRequestStatus.parse(status);
            if (actionItems != null) {
                Invariants.count(actionItems, step + ": actionItems");
            }
        }

        /** What it checks, e.g. {@code status FAILED, a failure message containing 'SDO_GEOMETRY'}. */
        public String checks() {
            java.util.List<String> checks = new java.util.ArrayList<>();
            if (status != null) {
                checks.add("status " + status);
            }
            if (failureMessageContains != null) {
                checks.add("a failure message containing '" + failureMessageContains + "'");
            }
            if (actionItems != null) {
                checks.add(actionItems + " action item(s)");
            }
            if (actionItemContains != null) {
                checks.add("an action item containing '" + actionItemContains + "'");
            }
            return String.join(", ", checks);
        }

        @Override
        public String describe() {
            return "expect metadata-model " + (request == null ? "request" : request.words()) + " of " + target + " "
                    + checks();
        }
    }

    /** State fault: the next (or current) conversion of the target's migration project fails with a message. */
    record ConversionFails(String target, String message, Source source) implements Step {
        public ConversionFails {
            Invariants.target(target, "conversionFails");
            Invariants.text(
                    message,
                    "conversionFails '" + target + "': the failure message",
                    "e.g. conversionFails 'hr', 'Unsupported data type SDO_GEOMETRY'");
        }

        @Override
        public String describe() {
            return "conversion of " + target + " fails";
        }
    }

    /** State fault: the next (or current) assessment of the target's migration project reports action items. */
    record AssessmentReports(String target, List<String> items, Source source) implements Step {
        public AssessmentReports {
            Invariants.target(target, "assessmentReports");
            String step = "assessmentReports '" + target + "'";
            items = List.copyOf(Invariants.notEmpty(items, step + ": the action items", "e.g. 'Action item 5584'"));
            items.forEach(item -> Invariants.text(item, step + ": an action item", "e.g. 'Action item 5584'"));
        }

        @Override
        public String describe() {
            return "assessment of " + target + " reports " + items.size() + " action item(s)";
        }
    }
}
