package io.dmstestkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationRequest;

/**
 * Seeded request bodies for every DMS operation: a plausible body built from the SDK's field
 * descriptions (names and ARNs of existing resources where a member names one), then mutated the way a
 * careless or hostile client would (nulls, wrong types, huge strings, out-of-range numbers, missing and
 * unknown members, bodies that are not objects).
 */
final class FuzzRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "x".repeat(100_000);
    private static final List<String> WORDS = List.of(
            "full-load",
            "full-load-and-cdc",
            "cdc",
            "source",
            "target",
            "postgres",
            "mysql",
            "start-replication",
            "resume-processing",
            "reload-target",
            "replication-config-arn",
            "endpoint-arn",
            "endpoint-type",
            "data-migration-name",
            "true",
            "",
            " ",
            "ünïcødé ☃",
            "{\"rules\":[]}",
            "{\"rules\":[{\"rule-type\":\"selection\",\"rule-id\":\"1\",\"rule-name\":\"1\",\"object-locator\":"
                    + "{\"schema-name\":\"public\",\"table-name\":\"%\"},\"rule-action\":\"include\"}]}");

    private final Random random;
    private final List<String> names;
    private final java.util.Map<String, List<SdkField<?>>> fields = new java.util.HashMap<>();

    /**
     * @param names ARNs and identifiers of existing resources, used where a member names one
     */
    FuzzRequests(long seed, List<String> names) {
        this.random = new Random(seed);
        this.names = List.copyOf(names);
    }

    /** A body for the operation, mutated most of the time; sometimes not JSON at all. */
    String body(String operation) {
        ObjectNode body =
                plausible(fields.computeIfAbsent(operation, op -> builderOf(op).sdkFields()), 0);
        int mutations = random.nextInt(4); // 0: a plausible call, as a well-behaved client sends it
        for (int i = 0; i < mutations; i++) {
            JsonNode replaced = mutate(body);
            if (!(replaced instanceof ObjectNode)) {
                return replaced == null ? brokenJson() : replaced.toString();
            }
        }
        return body.toString();
    }

    private ObjectNode plausible(List<SdkField<?>> fields, int depth) {
        ObjectNode node = NODES.objectNode();
        int percent = depth == 0 ? 70 : 30; // nested shapes (endpoint settings…) have dozens of members
        for (SdkField<?> field : fields) {
            if (random.nextInt(100) < percent) {
                node.set(field.locationName(), value(field, depth));
            }
        }
        return node;
    }

    private JsonNode value(SdkField<?> field, int depth) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return NODES.textNode(string(field.locationName()));
        } else if (type == MarshallingType.INTEGER || type == MarshallingType.LONG) {
            return NODES.numberNode(List.of(0, 1, 20, 50, 100, 3600, -1).get(random.nextInt(7)));
        } else if (type == MarshallingType.DOUBLE || type == MarshallingType.FLOAT) {
            return NODES.numberNode(random.nextDouble() * 100);
        } else if (type == MarshallingType.BOOLEAN) {
            return NODES.booleanNode(random.nextBoolean());
        } else if (type == MarshallingType.INSTANT) {
            return NODES.numberNode(1_767_225_600L + random.nextInt(86_400 * 30));
        } else if (type == MarshallingType.SDK_BYTES) {
            return NODES.textNode("ZG1zLXRlc3RraXQ=");
        } else if (type == MarshallingType.SDK_POJO) {
            return depth > 2 || random.nextInt(3) > 0
                    ? NODES.objectNode()
                    : plausible(((SdkPojo) field.constructor().get()).sdkFields(), depth + 1);
        } else if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            ArrayNode list = NODES.arrayNode();
            int size = random.nextInt(3);
            for (int i = 0; i < size; i++) {
                list.add(value(member, depth));
            }
            return list;
        } else if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            return NODES.objectNode().set("key", value(member, depth));
        }
        return NODES.textNode("?");
    }

    private String string(String member) {
        boolean namesResource = member.endsWith("Arn") || member.endsWith("Identifier") || member.endsWith("Name");
        if (namesResource && !names.isEmpty() && random.nextInt(10) < 7) {
            return names.get(random.nextInt(names.size()));
        }
        if (random.nextInt(4) == 0) {
            return "fuzz-" + Integer.toString(random.nextInt(1_000), 36);
        }
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    /** One mutation somewhere in the body; may replace the whole body (null: send broken JSON). */
    private JsonNode mutate(ObjectNode body) {
        int kind = random.nextInt(20);
        switch (kind) {
            case 0:
                return random.nextBoolean() ? NODES.arrayNode().add(1) : NODES.textNode("not an object");
            case 1:
                return random.nextBoolean() ? null : NODES.nullNode();
            default:
                mutateMember(pick(body), kind);
                return body;
        }
    }

    /** A random object node of the body: the body itself or a nested structure. */
    private ObjectNode pick(ObjectNode body) {
        ObjectNode current = body;
        while (random.nextBoolean()) {
            List<ObjectNode> children = new ArrayList<>();
            current.forEach(child -> {
                if (child instanceof ObjectNode object) {
                    children.add(object);
                } else if (child instanceof ArrayNode array) {
                    array.forEach(element -> {
                        if (element instanceof ObjectNode object) {
                            children.add(object);
                        }
                    });
                }
            });
            if (children.isEmpty()) {
                break;
            }
            current = children.get(random.nextInt(children.size()));
        }
        return current;
    }

    private void mutateMember(ObjectNode node, int kind) {
        List<String> members = new ArrayList<>();
        node.fieldNames().forEachRemaining(members::add);
        String member = members.isEmpty() ? "Unknown" + kind : members.get(random.nextInt(members.size()));
        switch (kind % 9) {
            case 0 -> node.putNull(member);
            case 1 -> node.remove(member);
            case 2 -> node.put(member, random.nextInt(20) == 0 ? HUGE : "y".repeat(random.nextInt(3_000)));
            case 3 -> node.set(member, outOfRange());
            case 4 -> node.set(member, wrongType(node.get(member)));
            case 5 ->
                node.set("UnknownMember" + random.nextInt(5), NODES.objectNode().put("a", 1));
            case 6 -> node.set(member, NODES.arrayNode().addNull().add(NODES.nullNode()));
            case 7 -> node.set(member, NODES.arrayNode().add(NODES.objectNode().putNull("Key")));
            default -> node.set(member, NODES.objectNode());
        }
    }

    private JsonNode outOfRange() {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.numberNode(new BigDecimal("1e20"));
            case 1 -> NODES.numberNode(new BigDecimal("-1e20"));
            case 2 -> NODES.numberNode(Long.MAX_VALUE);
            case 3 -> NODES.numberNode(Long.MIN_VALUE);
            case 4 -> NODES.numberNode(new BigDecimal("1e400"));
            case 5 -> NODES.numberNode(Integer.MAX_VALUE);
            case 6 -> NODES.numberNode(-1);
            default -> NODES.textNode("+999999999-12-31T23:59:59Z");
        };
    }

    private JsonNode wrongType(JsonNode value) {
        if (value == null || value.isTextual()) {
            return random.nextBoolean()
                    ? NODES.numberNode(42)
                    : NODES.objectNode().put("S", "x");
        }
        if (value.isNumber() || value.isBoolean()) {
            return NODES.textNode("not a number");
        }
        return random.nextBoolean() ? NODES.textNode("flat") : NODES.booleanNode(true);
    }

    private String brokenJson() {
        return List.of("{", "{\"a\":", "[1,", "\u0000", "{\"Filters\":[{]}", "nul")
                .get(random.nextInt(6));
    }

    static SdkPojo builderOf(String operation) {
        try {
            Class<?> type =
                    Class.forName(DatabaseMigrationRequest.class.getPackageName() + "." + operation + "Request");
            return (SdkPojo) type.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no SDK request class for " + operation, e);
        }
    }

    static ObjectMapper json() {
        return JSON;
    }
}
