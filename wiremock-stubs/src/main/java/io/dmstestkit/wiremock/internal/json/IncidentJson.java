package io.dmstestkit.wiremock.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.internal.text.Suggestions;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A state fault as {@code POST /__admin/dms/incidents} takes it: the resource (replication config,
 * replication task, data migration, replication instance, endpoint or migration project, by name or ARN),
 * the kind of {@code incident} and the fields that kind takes. Every {@link DmsIncident} kind has a form
 * here, built by {@link #of} field by field for its kind. The same record
 * turns a {@link DmsIncident} into JSON for {@code DmsAdminClient}, so both ends agree on every field.
 *
 * <pre>{@code
 * {"resource": "orders", "incident": "failAtPercent", "percent": 40, "severity": "FATAL_ERROR", "message": "ORA-01555"}
 * {"resource": "hr-project", "incident": "schemaConversionFailure", "step": "CONVERSION", "message": "Unsupported type"}
 * {"resource": "orders", "incident": "latencySpike", "from": "2026-01-01T00:30:00Z", "lasting": "PT10M", "latency": "PT45S"}
 * {"resource": "orders-instance", "incident": "storageFull", "at": "2026-01-01T01:00:00Z"}
 * {"resource": "orders-task", "incident": "assessmentOutcome", "assessment": "unsupported-data-types-in-source",
 *  "status": "failed", "message": "column geo: GEOMETRY"}
 * {"resource": "source-endpoint", "incident": "schemaRefreshFailure", "message": "access denied"}
 * {"resource": "source-endpoint", "incident": "connectionTestFailure", "message": "ORA-12541: TNS:no listener"}
 * {"resource": "orders-instance", "incident": "instanceStatus", "status": "incompatible-credentials",
 *  "at": "2026-01-01T01:00:00Z", "message": "Secrets Manager denied access"}
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncidentJson(
        String account,
        String region,
        String resource,
        String incident,
        Integer percent,
        String at,
        String severity,
        String message,
        String table,
        String from,
        String lasting,
        String latency,
        String step,
        List<String> items,
        String status,
        String assessment) {

    /** Each kind with the fields it takes, in the order the messages list them. */
    private static final Map<String, List<String>> KINDS = kinds();

    private static Map<String, List<String>> kinds() {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("failAtPercent", List.of("percent", "severity", "message"));
        kinds.put("failAt", List.of("at", "severity", "message"));
        kinds.put("provisioningFailure", List.of("message"));
        kinds.put("tableError", List.of("table", "at", "message"));
        kinds.put("latencySpike", List.of("from", "lasting", "latency"));
        kinds.put("schemaConversionFailure", List.of("step", "message"));
        kinds.put("assessmentActionItems", List.of("items"));
        kinds.put("storageFull", List.of("at", "message"));
        kinds.put("incompatibleNetwork", List.of("at", "message"));
        kinds.put("instanceStatus", List.of("status", "at", "message"));
        kinds.put("assessmentOutcome", List.of("assessment", "status", "message"));
        kinds.put("schemaRefreshFailure", List.of("message"));
        kinds.put("connectionTestFailure", List.of("message"));
        return kinds;
    }

    private static final String STORAGE_FULL = "storage-full";
    private static final String INCOMPATIBLE_NETWORK = "incompatible-network";

    // The vocabulary's defaults, so a plan over HTTP reads the same as one in a scenario.
    static final String FAILURE = DmsIncident.DEFAULT_FAILURE_MESSAGE;
    static final String TABLE_ERROR = DmsIncident.DEFAULT_TABLE_ERROR_MESSAGE;
    static final String PROVISIONING_FAILURE = DmsIncident.DEFAULT_PROVISIONING_FAILURE_MESSAGE;

    /** The JSON form of an incident on {@code resource}; reading it back with {@link #toIncident()} gives an equal one. */
    public static IncidentJson of(String account, String region, String resource, DmsIncident incident) {
        Builder json = new Builder(account, region, resource);
        if (incident instanceof DmsIncident.FailAtPercent fail) {
            return json.kind("failAtPercent")
                    .percent(fail.percent())
                    .severity(fail.severity())
                    .message(fail.message())
                    .build();
        }
        if (incident instanceof DmsIncident.FailAt fail) {
            return json.kind("failAt")
                    .at(fail.at())
                    .severity(fail.severity())
                    .message(fail.message())
                    .build();
        }
        if (incident instanceof DmsIncident.ProvisioningFailure failure) {
            return json.kind("provisioningFailure").message(failure.message()).build();
        }
        if (incident instanceof DmsIncident.TableError error) {
            return json.kind("tableError")
                    .at(error.at())
                    .message(error.message())
                    .table(error.table())
                    .build();
        }
        if (incident instanceof DmsIncident.LatencySpike spike) {
            return json.kind("latencySpike").spike(spike).build();
        }
        if (incident instanceof DmsIncident.SchemaConversionFailure failure) {
            return json.kind("schemaConversionFailure")
                    .message(failure.message())
                    .step(failure.step().name())
                    .build();
        }
        if (incident instanceof DmsIncident.AssessmentActionItems actionItems) {
            return json.kind("assessmentActionItems").items(actionItems.items()).build();
        }
        if (incident instanceof DmsIncident.AssessmentOutcome outcome) {
            return json.kind("assessmentOutcome")
                    .message(outcome.message())
                    .status(outcome.status())
                    .assessment(outcome.assessmentName())
                    .build();
        }
        if (incident instanceof DmsIncident.SchemaRefreshFailure failure) {
            return json.kind("schemaRefreshFailure").message(failure.message()).build();
        }
        if (incident instanceof DmsIncident.ConnectionTestFailure failure) {
            return json.kind("connectionTestFailure").message(failure.message()).build();
        }
        if (incident instanceof DmsIncident.InstanceStatus instance) {
            return ofInstance(json, instance);
        }
        throw new IllegalArgumentException("the admin API cannot carry the incident "
                + incident.getClass().getSimpleName() + " yet; plan it on the simulator in-process");
    }

    /**
     * A replication instance's forced status: the named kinds for {@code storage-full} and
     * {@code incompatible-network}, {@code instanceStatus} with its {@code status} for the others.
     */
    private static IncidentJson ofInstance(Builder json, DmsIncident.InstanceStatus instance) {
        String kind =
                switch (instance.status()) {
                    case STORAGE_FULL -> "storageFull";
                    case INCOMPATIBLE_NETWORK -> "incompatibleNetwork";
                    default -> "instanceStatus";
                };
        json.kind(kind).at(instance.at()).message(instance.message());
        return (kind.equals("instanceStatus") ? json.status(instance.status()) : json).build();
    }

    /** Collects the fields one kind sets; every other field stays null and out of the JSON. */
    private static final class Builder {
        private final String account;
        private final String region;
        private final String resource;
        private String incident;
        private Integer percent;
        private String at;
        private String severity;
        private String message;
        private String table;
        private String from;
        private String lasting;
        private String latency;
        private String step;
        private List<String> items;
        private String status;
        private String assessment;

        Builder(String account, String region, String resource) {
            this.account = account;
            this.region = region;
            this.resource = resource;
        }

        Builder kind(String incident) {
            this.incident = incident;
            return this;
        }

        Builder percent(int percent) {
            this.percent = percent;
            return this;
        }

        Builder at(Instant at) {
            this.at = at.toString();
            return this;
        }

        Builder severity(DmsIncident.Severity severity) {
            this.severity = severity.name();
            return this;
        }

        Builder message(String message) {
            this.message = message;
            return this;
        }

        Builder table(String table) {
            this.table = table;
            return this;
        }

        Builder spike(DmsIncident.LatencySpike spike) {
            this.from = spike.from().toString();
            this.lasting = spike.lasting().toString();
            this.latency = spike.latency().toString();
            return this;
        }

        Builder step(String step) {
            this.step = step;
            return this;
        }

        Builder items(List<String> items) {
            this.items = items;
            return this;
        }

        Builder status(String status) {
            this.status = status;
            return this;
        }

        Builder assessment(String assessment) {
            this.assessment = assessment;
            return this;
        }

        IncidentJson build() {
            return new IncidentJson(
                    account,
                    region,
                    resource,
                    incident,
                    percent,
                    at,
                    severity,
                    message,
                    table,
                    from,
                    lasting,
                    latency,
                    step,
                    items,
                    status,
                    assessment);
        }
    }

    /** The resource the incident strikes; throws {@link AdminRequestException} when it is missing. */
    public String requireResource() {
        if (resource == null || resource.isBlank()) {
            throw AdminRequestException.badRequest(
                    "field 'resource' is required: the replication config, replication task, data migration,"
                            + " replication instance, endpoint or migration project, by name or ARN");
        }
        return resource;
    }

    /** The incident this JSON describes; throws {@link AdminRequestException} naming the problem. */
    public DmsIncident toIncident() {
        List<String> fields = fieldsOf(incident);
        refuseFieldsNotIn(fields);
        return switch (incident) {
            case "failAtPercent" ->
                DmsIncident.failAtPercent(
                        required("percent", percent), parsedSeverity(), message == null ? FAILURE : message);
            case "failAt" ->
                DmsIncident.failAt(
                        instant("at", required("at", at)), parsedSeverity(), message == null ? FAILURE : message);
            case "provisioningFailure" ->
                DmsIncident.provisioningFailure(message == null ? PROVISIONING_FAILURE : message);
            case "tableError" ->
                DmsIncident.tableError(
                        required("table", table),
                        instant("at", required("at", at)),
                        message == null ? TABLE_ERROR : message);
            case "schemaConversionFailure" ->
                DmsIncident.schemaConversionFailure(parsedStep(), message == null ? FAILURE : message);
            case "assessmentActionItems" -> new DmsIncident.AssessmentActionItems(required("items", items));
            case "storageFull" -> instanceIncident(DmsIncident.storageFull(instant("at", required("at", at))));
            case "incompatibleNetwork" ->
                instanceIncident(DmsIncident.incompatibleNetwork(instant("at", required("at", at))));
            case "instanceStatus" ->
                new DmsIncident.InstanceStatus(
                        required("status", status), instant("at", required("at", at)), required("message", message));
            case "assessmentOutcome" -> assessmentOutcome();
            case "schemaRefreshFailure" -> DmsIncident.schemaRefreshFails(required("message", message));
            case "connectionTestFailure" -> DmsIncident.connectionTestFails(required("message", message));
            default ->
                DmsIncident.latencySpike(
                        instant("from", required("from", from)),
                        duration("lasting", required("lasting", lasting)),
                        duration("latency", required("latency", latency)));
        };
    }

    /** An individual assessment's outcome; the record's own rule on {@code status} answers as a 400. */
    private DmsIncident assessmentOutcome() {
        try {
            return new DmsIncident.AssessmentOutcome(
                    required("assessment", assessment), required("status", status), required("message", message));
        } catch (IllegalArgumentException e) {
            throw AdminRequestException.badRequest(
                    "field 'status' " + e.getMessage().replaceFirst("^status ", ""));
        }
    }

    /** The vocabulary's instance incident, with the message given here instead of its default if there is one. */
    private DmsIncident instanceIncident(DmsIncident standard) {
        DmsIncident.InstanceStatus instance = (DmsIncident.InstanceStatus) standard;
        return message == null ? instance : new DmsIncident.InstanceStatus(instance.status(), instance.at(), message);
    }

    private static List<String> fieldsOf(String incident) {
        if (incident == null || incident.isBlank()) {
            throw AdminRequestException.badRequest("field 'incident' is required: one of " + kindNames());
        }
        List<String> fields = KINDS.get(incident);
        if (fields == null) {
            throw AdminRequestException.badRequest("field 'incident' must be one of " + kindNames() + ", was '"
                    + incident + "'" + Suggestions.didYouMean(incident, KINDS.keySet()));
        }
        return fields;
    }

    /** A field another kind takes is a mistake worth naming, not something to ignore. */
    private void refuseFieldsNotIn(List<String> taken) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("percent", percent);
        given.put("at", at);
        given.put("severity", severity);
        given.put("message", message);
        given.put("table", table);
        given.put("from", from);
        given.put("lasting", lasting);
        given.put("latency", latency);
        given.put("step", step);
        given.put("items", items);
        given.put("status", status);
        given.put("assessment", assessment);
        given.forEach((field, value) -> {
            if (value != null && !taken.contains(field)) {
                throw AdminRequestException.badRequest("field '" + field + "' does not apply to incident '" + incident
                        + "', which takes: " + String.join(", ", taken));
            }
        });
    }

    private <T> T required(String field, T value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw AdminRequestException.badRequest("field '" + field + "' is required for incident '" + incident
                    + "', which takes: " + String.join(", ", KINDS.get(incident)));
        }
        return value;
    }

    private DmsIncident.Severity parsedSeverity() {
        if (severity == null) {
            return DmsIncident.Severity.FATAL_ERROR;
        }
        List<String> names =
                Arrays.stream(DmsIncident.Severity.values()).map(Enum::name).toList();
        if (!names.contains(severity)) {
            throw AdminRequestException.badRequest("field 'severity' must be FATAL_ERROR or RECOVERABLE_ERROR, was '"
                    + severity + "'" + Suggestions.didYouMean(severity, names));
        }
        return DmsIncident.Severity.valueOf(severity);
    }

    private DmsIncident.SchemaConversionStep parsedStep() {
        List<String> names = Arrays.stream(DmsIncident.SchemaConversionStep.values())
                .map(Enum::name)
                .toList();
        if (!names.contains(required("step", step))) {
            throw AdminRequestException.badRequest("field 'step' must be one of " + String.join(", ", names) + ", was '"
                    + step + "'" + Suggestions.didYouMean(step, names));
        }
        return DmsIncident.SchemaConversionStep.valueOf(step);
    }

    private static Instant instant(String field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw AdminRequestException.badRequest("field '" + field
                    + "' must be an ISO-8601 instant such as 2026-01-01T00:30:00Z, was '" + text + "'");
        }
    }

    private static Duration duration(String field, String text) {
        Duration parsed;
        try {
            parsed = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw AdminRequestException.badRequest(
                    "field '" + field + "' must be an ISO-8601 duration such as PT10M, was '" + text + "'");
        }
        if (parsed.isNegative()) {
            throw AdminRequestException.badRequest("field '" + field + "' must not be negative, was " + text);
        }
        return parsed;
    }

    private static String kindNames() {
        return String.join(", ", KINDS.keySet());
    }
}
