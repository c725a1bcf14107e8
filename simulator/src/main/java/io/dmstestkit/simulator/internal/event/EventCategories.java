package io.dmstestkit.simulator.internal.event;

import io.dmstestkit.simulator.internal.ServiceError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The event categories DMS documents per source type, as DescribeEventCategories lists them. */
final class EventCategories {

    static final Map<String, List<String>> BY_SOURCE_TYPE = new LinkedHashMap<>();

    static {
        BY_SOURCE_TYPE.put(
                "replication-instance",
                List.of(
                        "low storage",
                        "configuration change",
                        "maintenance",
                        "deletion",
                        "creation",
                        "failover",
                        "failure"));
        BY_SOURCE_TYPE.put(
                "replication-task", List.of("configuration change", "state change", "deletion", "creation", "failure"));
    }

    private EventCategories() {}

    static String requireSourceType(String sourceType) {
        if (!BY_SOURCE_TYPE.containsKey(sourceType)) {
            throw ServiceError.invalidParameterValue("Invalid SourceType '" + sourceType + "'. Valid values: "
                    + String.join(" | ", BY_SOURCE_TYPE.keySet()));
        }
        return sourceType;
    }

    /** Refuses categories the source type (or, without one, every source type) does not have. */
    static List<String> requireCategories(String sourceType, List<String> categories) {
        List<String> known = sourceType == null
                ? BY_SOURCE_TYPE.values().stream()
                        .flatMap(List::stream)
                        .distinct()
                        .toList()
                : BY_SOURCE_TYPE.get(sourceType);
        for (String category : categories) {
            if (!known.contains(category)) {
                throw ServiceError.invalidParameterValue("Invalid event category '" + category + "'"
                        + (sourceType == null ? "" : " for source type " + sourceType) + ". Valid categories: "
                        + String.join(" | ", known));
            }
        }
        return List.copyOf(categories);
    }
}
