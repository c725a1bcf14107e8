package io.dmstestkit.wiremock.internal.stubs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.TimestampFormatTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * An AWS SDK v2 model object as the AWS JSON 1.1 wire carries it, with member names and timestamp formats
 * read from the SDK's own field descriptions: {@code TStamp} members as epoch seconds with a fraction,
 * {@code iso8601} members as ISO-8601 strings.
 *
 * <p>The simulator has the same encoder in its internal codec; until it is public API, this copy keeps the
 * stub library off the simulator's internals. Both are pinned by tests that read the result back with the
 * real SDK client.
 */
public final class SdkWireJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SdkWireJson() {}

    /** The wire JSON of {@code pojo}; members that are not set are left out. */
    public static ObjectNode encode(SdkPojo pojo) {
        ObjectNode node = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (isSet(value)) {
                node.set(field.locationName(), encodeValue(value, field));
            }
        }
        return node;
    }

    private static boolean isSet(Object value) {
        return value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap);
    }

    private static JsonNode encodeValue(Object value, SdkField<?> field) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.INSTANT) {
            return encodeInstant((Instant) value, field);
        } else if (type == MarshallingType.SDK_POJO) {
            return encode((SdkPojo) value);
        } else if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            ArrayNode array = NODES.arrayNode();
            for (Object element : (List<?>) value) {
                array.add(element == null ? NODES.nullNode() : encodeValue(element, member));
            }
            return array;
        } else if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            ObjectNode map = NODES.objectNode();
            ((Map<?, ?>) value).forEach((key, element) -> map.set(String.valueOf(key), encodeValue(element, member)));
            return map;
        } else if (type == MarshallingType.SDK_BYTES) {
            return NODES.textNode(Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray()));
        } else if (value instanceof String text) {
            return NODES.textNode(text);
        } else if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        } else if (value instanceof Integer number) {
            return NODES.numberNode(number);
        } else if (value instanceof Long number) {
            return NODES.numberNode(number);
        } else if (value instanceof Double number) {
            return NODES.numberNode(number);
        } else if (value instanceof Float number) {
            return NODES.numberNode(number);
        } else if (value instanceof BigDecimal number) {
            return NODES.numberNode(number);
        }
        return NODES.textNode(String.valueOf(value));
    }

    private static JsonNode encodeInstant(Instant instant, SdkField<?> field) {
        TimestampFormatTrait format = field.getTrait(TimestampFormatTrait.class);
        if (format != null && format.format() == TimestampFormatTrait.Format.ISO_8601) {
            return NODES.textNode(instant.toString());
        }
        return NODES.numberNode(BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3));
    }
}
