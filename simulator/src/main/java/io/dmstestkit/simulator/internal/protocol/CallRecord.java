package io.dmstestkit.simulator.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the protocol learns about one call as it goes, for the journal: the operation, the caller, the
 * resources named and the fault that answered, if any. Fields stay null when the call failed before
 * they were known (e.g. an unknown target).
 */
public final class CallRecord {

    String operation;
    CallerIdentity caller;
    String faultId;
    java.time.Instant virtualTime;
    String maskedBody;
    final Set<String> resources = new LinkedHashSet<>();

    /** No ARN or name is longer; a longer value names no resource and is not worth keeping. */
    private static final int MAX_NAME_LENGTH = 2048;

    public String operation() {
        return operation;
    }

    public CallerIdentity caller() {
        return caller;
    }

    public String faultId() {
        return faultId;
    }

    public java.time.Instant virtualTime() {
        return virtualTime;
    }

    public Set<String> resources() {
        return resources;
    }

    /** The request with its sensitive values masked, or null when it has none (keep the body as sent). */
    public String maskedBody() {
        return maskedBody;
    }

    /**
     * Collects the ARNs and identifiers a request names: top-level string members ending in Arn,
     * Identifier or Name, string lists of such members, and the values of Describe filters.
     */
    static Set<String> resourcesNamedIn(JsonNode body) {
        Set<String> names = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String key = member.getKey();
            JsonNode value = member.getValue();
            if (isResourceMember(key)) {
                if (value.isTextual()) {
                    addName(names, value);
                } else if (value.isArray()) {
                    value.forEach(v -> addName(names, v));
                }
            } else if (key.equals("Filters") && value.isArray()) {
                value.forEach(filter -> filter.path("Values").forEach(v -> addName(names, v)));
            }
        }
        return names;
    }

    private static void addName(Set<String> names, JsonNode value) {
        if (value.isTextual() && value.asText().length() <= MAX_NAME_LENGTH) {
            names.add(value.asText());
        }
    }

    private static boolean isResourceMember(String key) {
        return key.endsWith("Arn")
                || key.endsWith("Identifier")
                || key.endsWith("ArnList")
                || (key.endsWith("Name") && !NOT_RESOURCE_NAMES.contains(key));
    }

    /**
     * Input members ending in Name that name no DMS resource: the database, server, engine, bucket or file
     * a request talks about (every other *Name member of the API names a DMS resource).
     */
    private static final Set<String> NOT_RESOURCE_NAMES = Set.of(
            "DatabaseName",
            "EngineName",
            "ServerName",
            "SourceEngineName",
            "TargetEngineName",
            "S3BucketName",
            "FileName",
            "MetadataModelName",
            "CollectorName");
}
