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
    final Set<String> resources = new LinkedHashSet<>();

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
                    names.add(value.asText());
                } else if (value.isArray()) {
                    value.forEach(v -> {
                        if (v.isTextual()) {
                            names.add(v.asText());
                        }
                    });
                }
            } else if (key.equals("Filters") && value.isArray()) {
                value.forEach(filter -> filter.path("Values").forEach(v -> names.add(v.asText())));
            }
        }
        return names;
    }

    private static boolean isResourceMember(String key) {
        return key.endsWith("Arn") || key.endsWith("Identifier") || key.endsWith("Name") || key.endsWith("ArnList");
    }
}
