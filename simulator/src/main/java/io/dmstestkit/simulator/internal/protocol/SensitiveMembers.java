package io.dmstestkit.simulator.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;

/**
 * The members the DMS API model marks sensitive (passwords, certificates, selection rules of data
 * migrations). The SDK v2 model classes carry no such trait, so the fact comes from a table generated
 * from the API model ({@code sensitive-members.properties}, see
 * {@code simulator/src/build/generate-sensitive-members.py}).
 *
 * <p>The journal keeps requests with these values replaced by {@value #MASK}; answers leave out the
 * password members, as DMS never returns a password.
 */
public final class SensitiveMembers {

    /** What a masked value reads as in the journal. */
    public static final String MASK = "***";

    private static final SensitiveMembers STANDARD = load();

    private final Map<String, Set<String>> byShape;
    /** Per input class: where sensitive members are, or {@link MaskPlan#NONE} (the common case). */
    private final Map<Class<?>, MaskPlan> plans = new ConcurrentHashMap<>();

    private SensitiveMembers(Map<String, Set<String>> byShape) {
        this.byShape = byShape;
    }

    /** The table generated from the DMS API model. */
    public static SensitiveMembers standard() {
        return STANDARD;
    }

    private static SensitiveMembers load() {
        Properties properties = new Properties();
        try (InputStream in = SensitiveMembers.class.getResourceAsStream("sensitive-members.properties")) {
            if (in == null) {
                throw new IllegalStateException("sensitive-members.properties is missing from the simulator jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> table = new HashMap<>();
        properties.forEach((shape, members) -> table.put((String) shape, Set.of(((String) members).split(","))));
        return new SensitiveMembers(Map.copyOf(table));
    }

    /** The sensitive members of a shape (by SDK class simple name). */
    public Set<String> of(String shapeName) {
        return byShape.getOrDefault(shapeName, Set.of());
    }

    /** Whether an answer leaves this member out: DMS never returns passwords. */
    boolean omittedFromAnswers(String shapeName, String member) {
        return member.contains("Password") && of(shapeName).contains(member);
    }

    /**
     * {@code body} with every sensitive value replaced by {@value #MASK}, or {@code body} itself when the
     * input shape has no sensitive member anywhere (then nothing is copied).
     *
     * @param requestType the operation's SDK request class
     * @param builder makes a builder of that class, for the member types (called once per class)
     */
    public JsonNode mask(JsonNode body, Class<?> requestType, Supplier<SdkPojo> builder) {
        MaskPlan plan = plans.computeIfAbsent(requestType, type -> planFor(builder.get(), 0));
        if (plan == MaskPlan.NONE || !body.isObject()) {
            return body;
        }
        JsonNode copy = body.deepCopy();
        plan.apply(copy);
        return copy;
    }

    private MaskPlan planFor(SdkPojo builder, int depth) {
        if (depth > 8) {
            return MaskPlan.NONE; // DMS shapes are shallow; this only guards against a recursive shape
        }
        Set<String> sensitive = of(shapeName(builder));
        Map<String, MaskPlan> nested = new HashMap<>();
        for (SdkField<?> field : builder.sdkFields()) {
            MaskPlan inner = planForField(field, depth);
            if (inner != MaskPlan.NONE) {
                nested.put(field.locationName(), inner);
            }
        }
        if (sensitive.isEmpty() && nested.isEmpty()) {
            return MaskPlan.NONE;
        }
        return new MaskPlan(sensitive, Map.copyOf(nested));
    }

    private MaskPlan planForField(SdkField<?> field, int depth) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            return planFor((SdkPojo) field.constructor().get(), depth + 1);
        } else if (type == MarshallingType.LIST) {
            return planForField(field.getRequiredTrait(ListTrait.class).memberFieldInfo(), depth);
        }
        return MaskPlan.NONE; // no map of the DMS API holds a sensitive shape
    }

    static String shapeName(Object builderOrPojo) {
        return SHAPE_NAMES.get(builderOrPojo.getClass());
    }

    /** Class.getEnclosingClass is a native call: worth asking once per class, not once per decoded shape. */
    private static final ClassValue<String> SHAPE_NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            // Builders are named e.g. "BuilderImpl" inside "Filter"; the enclosing class names the shape.
            Class<?> enclosing = type.getEnclosingClass();
            return enclosing != null ? enclosing.getSimpleName() : type.getSimpleName();
        }
    };

    /** Which members of one shape to mask, and where to look deeper. */
    private record MaskPlan(Set<String> masked, Map<String, MaskPlan> nested) {

        static final MaskPlan NONE = new MaskPlan(Set.of(), Map.of());

        void apply(JsonNode node) {
            if (node instanceof ArrayNode array) {
                array.forEach(this::apply); // a list (or map values) of this shape
                return;
            }
            if (!(node instanceof ObjectNode object)) {
                return;
            }
            for (String member : masked) {
                if (object.has(member)) {
                    object.put(member, MASK);
                }
            }
            nested.forEach((member, plan) -> {
                JsonNode value = object.get(member);
                if (value != null) {
                    plan.apply(value);
                }
            });
        }
    }
}
