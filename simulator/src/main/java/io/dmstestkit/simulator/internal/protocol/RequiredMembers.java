package io.dmstestkit.simulator.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmstestkit.simulator.internal.ServiceError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Which members of each input shape are required. The SDK v2 model classes do not carry this fact, so
 * it comes from a table generated from the DMS API model ({@code required-members.properties}, see
 * {@code simulator/src/build/generate-required-members.py}).
 */
public final class RequiredMembers {

    /**
     * Members the API model leaves optional but the service refuses to go without (InvalidParameterValue):
     * a tag is nothing without its key. Checked while decoding, so no handler runs with such input.
     */
    private static final Map<String, List<String>> NEEDED_BY_SERVICE = Map.of("Tag", List.of("Key"));

    private final Map<String, List<String>> requiredByShape;
    private final Map<String, List<String>> neededByService;

    private RequiredMembers(Map<String, List<String>> requiredByShape, Map<String, List<String>> neededByService) {
        this.requiredByShape = requiredByShape;
        this.neededByService = neededByService;
    }

    /** Loads the generated table from the classpath. */
    public static RequiredMembers load() {
        Properties properties = new Properties();
        try (InputStream in = RequiredMembers.class.getResourceAsStream("required-members.properties")) {
            if (in == null) {
                throw new IllegalStateException("required-members.properties is missing from the simulator jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> table = new TreeMap<>();
        properties.forEach((shape, members) -> table.put((String) shape, Arrays.asList(((String) members).split(","))));
        // A hash map: it is asked once per decoded shape, and nothing iterates it in order.
        return new RequiredMembers(Map.copyOf(table), NEEDED_BY_SERVICE);
    }

    /** No required members at all: for reading JSON as the SDK reads answers, without the service's checks. */
    public static RequiredMembers none() {
        return new RequiredMembers(Map.of(), Map.of());
    }

    /** The required members of a shape (by SDK class name), empty when none. */
    public List<String> of(String shapeName) {
        return requiredByShape.getOrDefault(shapeName, List.of());
    }

    /** Throws a ValidationException naming the first missing required member of {@code json}. */
    void check(String shapeName, JsonNode json, String pathPrefix) {
        for (String member : of(shapeName)) {
            JsonNode value = json.get(member);
            if (value == null || value.isNull()) {
                throw ServiceError.validation("1 validation error detected: Value null at '" + pathPrefix + member
                        + "' failed to satisfy constraint: Member must not be null");
            }
        }
        for (String member : neededByService.getOrDefault(shapeName, List.of())) {
            JsonNode value = json.get(member);
            if (value == null
                    || value.isNull()
                    || (value.isTextual() && value.asText().isEmpty())) {
                throw ServiceError.invalidParameterValue(
                        "Member " + pathPrefix + member + " of a " + shapeName + " must be given and not empty");
            }
        }
    }
}
