package io.dmstestkit.simulator.internal.protocol;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dmstestkit.simulator.internal.ServiceError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * Converts between AWS JSON 1.1 documents and the AWS SDK v2 model objects, reading member names, types
 * and timestamp formats from the SDK's own field descriptions ({@link SdkField}), so that the simulator
 * cannot misspell a member the real SDKs use.
 *
 * <p>Timestamps typed {@code TStamp} travel as epoch seconds with a fraction; members with the
 * {@code iso8601} format trait travel as ISO-8601 strings. On input both forms are accepted, as AWS does.
 * Unknown members are ignored, as AWS JSON services do.
 */
public final class SdkJsonCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The timestamps AWS accepts: four-digit years, as ISO-8601 writes them without a sign. */
    static final Instant MIN_TIMESTAMP = Instant.parse("0001-01-01T00:00:00Z");

    static final Instant MAX_TIMESTAMP = Instant.parse("9999-12-31T23:59:59.999Z");
    private static final BigDecimal MIN_EPOCH_SECONDS = BigDecimal.valueOf(MIN_TIMESTAMP.getEpochSecond());
    private static final BigDecimal MAX_EPOCH_SECONDS =
            BigDecimal.valueOf(MAX_TIMESTAMP.toEpochMilli()).movePointLeft(3);

    private final RequiredMembers requiredMembers;
    private final SensitiveMembers sensitiveMembers = SensitiveMembers.standard();

    public SdkJsonCodec(RequiredMembers requiredMembers) {
        this.requiredMembers = requiredMembers;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Fills {@code builder} (an SDK model builder) from {@code json}; type errors name the member path. */
    public <B extends SdkPojo> B decode(JsonNode json, B builder, String shapeName) {
        if (!json.isObject()) {
            throw ServiceError.serialization("Expected a JSON object for " + shapeName + " but got " + describe(json));
        }
        for (SdkField<?> field : builder.sdkFields()) {
            JsonNode value = json.get(field.locationName());
            if (value != null && !value.isNull()) {
                setField(builder, field, decodeValue(value, field, field.locationName()));
            }
        }
        requiredMembers.check(shapeName, json, "");
        return builder;
    }

    /** Serializes an SDK model object to its wire JSON; members that are unset are left out. */
    public ObjectNode encode(SdkPojo pojo) {
        ObjectNode node = NODES.objectNode();
        String shape = pojo.getClass().getSimpleName();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (isSet(value) && !sensitiveMembers.omittedFromAnswers(shape, field.locationName())) {
                node.set(field.locationName(), encodeValue(value, field));
            }
        }
        return node;
    }

    /**
     * The wire JSON of an SDK model object as UTF-8 bytes, streamed into a generator: the same document,
     * byte for byte, as {@link #encode} written by the mapper, without building the tree.
     */
    public byte[] encodeToBytes(SdkPojo pojo) {
        // As ObjectMapper.writeValueAsBytes does: the first block comes from the pooled recycler and goes back.
        BufferRecycler recycler = MAPPER.getFactory()._getBufferRecycler();
        try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
            try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                write(pojo, generator);
            }
            byte[] bytes = out.toByteArray();
            out.release();
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pojo.getClass().getSimpleName(), e);
        } finally {
            recycler.releaseToPool();
        }
    }

    /** Writes what {@link #encode} returns, member for member in the same order, into {@code generator}. */
    public void write(SdkPojo pojo, JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        for (MemberPlan member : planOf(pojo)) {
            Object value = member.field.getValueOrDefault(pojo);
            if (isSet(value)) {
                generator.writeFieldName(member.name);
                writeValue(value, member.value, generator);
            }
        }
        generator.writeEndObject();
    }

    private void writeValue(Object value, ValuePlan plan, JsonGenerator generator) throws IOException {
        switch (plan.kind) {
            case EPOCH_SECONDS -> writeEpochSeconds(((Instant) value).toEpochMilli(), generator);
            case ISO_8601 ->
                generator.writeString(
                        ((Instant) value).truncatedTo(ChronoUnit.MILLIS).toString());
            case POJO -> write((SdkPojo) value, generator);
            case LIST -> {
                List<?> list = (List<?>) value;
                generator.writeStartArray(list, list.size());
                for (Object element : list) {
                    if (element == null) {
                        generator.writeNull();
                    } else {
                        writeValue(element, plan.element, generator);
                    }
                }
                generator.writeEndArray();
            }
            case MAP -> {
                Map<?, ?> map = (Map<?, ?>) value;
                if (hasDuplicateKeyTexts(map)) {
                    // Two keys with the same text: the tree keeps one member, so let the tree decide.
                    generator.writeTree(encodeValue(value, plan.field));
                    return;
                }
                generator.writeStartObject(map, map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    generator.writeFieldName(String.valueOf(entry.getKey()));
                    writeValue(entry.getValue(), plan.element, generator);
                }
                generator.writeEndObject();
            }
            case BYTES ->
                generator.writeString(java.util.Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray()));
            default -> writeScalar(value, generator);
        }
    }

    /**
     * What {@code generator.writeNumber(epochSeconds(instant))} writes, without the BigDecimal: a scale-3
     * BigDecimal always prints plain ({@code -0.005}, {@code 1767225600.000}), so sign, whole seconds, a
     * dot and three digits are the same characters.
     */
    static void writeEpochSeconds(long millis, JsonGenerator generator) throws IOException {
        char[] text = epochSecondsText(millis);
        generator.writeNumber(text, 0, text.length);
    }

    static char[] epochSecondsText(long millis) {
        if (millis == Long.MIN_VALUE) {
            return epochSeconds(Instant.ofEpochMilli(millis)).toString().toCharArray(); // no positive twin
        }
        long magnitude = Math.abs(millis);
        String whole = Long.toString(magnitude / 1000);
        int fraction = (int) (magnitude % 1000);
        int sign = millis < 0 ? 1 : 0;
        char[] text = new char[sign + whole.length() + 4];
        if (sign == 1) {
            text[0] = '-';
        }
        whole.getChars(0, whole.length(), text, sign);
        int dot = sign + whole.length();
        text[dot] = '.';
        text[dot + 1] = (char) ('0' + fraction / 100);
        text[dot + 2] = (char) ('0' + fraction / 10 % 10);
        text[dot + 3] = (char) ('0' + fraction % 10);
        return text;
    }

    /** How one value is written, worked out once per SDK field instead of once per value. */
    private enum Kind {
        EPOCH_SECONDS,
        ISO_8601,
        POJO,
        LIST,
        MAP,
        BYTES,
        SCALAR
    }

    /** The kind of a field's values and, for lists and maps, the plan of their elements. */
    private static final class ValuePlan {
        final SdkField<?> field;
        final Kind kind;
        final ValuePlan element;

        ValuePlan(SdkField<?> field) {
            this.field = field;
            MarshallingType<?> type = field.marshallingType();
            if (type == MarshallingType.INSTANT) {
                TimestampFormatTrait format = field.getTrait(TimestampFormatTrait.class);
                kind = format != null && format.format() == TimestampFormatTrait.Format.ISO_8601
                        ? Kind.ISO_8601
                        : Kind.EPOCH_SECONDS;
                element = null;
            } else if (type == MarshallingType.SDK_POJO) {
                kind = Kind.POJO; // the pojo's own class picks its plan when written (shapes may recurse)
                element = null;
            } else if (type == MarshallingType.LIST) {
                kind = Kind.LIST;
                element = new ValuePlan(field.getRequiredTrait(ListTrait.class).memberFieldInfo());
            } else if (type == MarshallingType.MAP) {
                kind = Kind.MAP;
                element = new ValuePlan(field.getRequiredTrait(MapTrait.class).valueFieldInfo());
            } else if (type == MarshallingType.SDK_BYTES) {
                kind = Kind.BYTES;
                element = null;
            } else {
                kind = Kind.SCALAR;
                element = null;
            }
        }
    }

    /** A member an answer may carry: its field, its name pre-encoded for the generator, its value plan. */
    private record MemberPlan(SdkField<?> field, SerializedString name, ValuePlan value) {}

    /**
     * The members each SDK class writes, in field order, without those answers leave out (passwords).
     * Built once per class from its first instance; the concurrent map publishes the array safely.
     */
    private final Map<Class<?>, MemberPlan[]> plans = new ConcurrentHashMap<>();

    private MemberPlan[] planOf(SdkPojo pojo) {
        MemberPlan[] plan = plans.get(pojo.getClass());
        return plan != null ? plan : plans.computeIfAbsent(pojo.getClass(), type -> planFor(type, pojo.sdkFields()));
    }

    private MemberPlan[] planFor(Class<?> type, List<SdkField<?>> fields) {
        String shape = type.getSimpleName();
        List<MemberPlan> members = new ArrayList<>();
        for (SdkField<?> field : fields) {
            if (!sensitiveMembers.omittedFromAnswers(shape, field.locationName())) {
                members.add(new MemberPlan(field, new SerializedString(field.locationName()), new ValuePlan(field)));
            }
        }
        return members.toArray(MemberPlan[]::new);
    }

    /** Map keys are Strings in the SDK model; only other key types can print alike. */
    private static boolean hasDuplicateKeyTexts(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return map.keySet().stream().map(String::valueOf).distinct().count() != map.size();
            }
        }
        return false;
    }

    /** The same tokens the node types of {@link #scalar} write. */
    private static void writeScalar(Object value, JsonGenerator generator) throws IOException {
        if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number.intValue());
        } else if (value instanceof Long number) {
            generator.writeNumber(number.longValue());
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof Double number) {
            generator.writeNumber(number.doubleValue());
        } else if (value instanceof Float number) {
            generator.writeNumber(number.floatValue());
        } else if (value instanceof BigDecimal number) {
            generator.writeNumber(number);
        } else {
            generator.writeTree(MAPPER.valueToTree(value));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void setField(Object builder, SdkField<T> field, Object value) {
        field.set(builder, (T) value);
    }

    private static boolean isSet(Object value) {
        return value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap);
    }

    private Object decodeValue(JsonNode value, SdkField<?> field, String path) {
        MarshallingType<?> type = field.marshallingType();
        if (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue()) && !value.isBigDecimal()) {
            // 1e400 reads as an infinite double: no member of the API can hold it.
            throw ServiceError.serialization("Member " + path + " is a number out of range: " + value);
        }
        if (type == MarshallingType.STRING) {
            return requireType(value.isTextual(), value, path, "a string").asText();
        } else if (type == MarshallingType.INTEGER) {
            requireType(value.isIntegralNumber() && value.canConvertToInt(), value, path, "an integer");
            return value.intValue();
        } else if (type == MarshallingType.LONG) {
            requireType(value.isIntegralNumber() && value.canConvertToLong(), value, path, "a long integer");
            return value.longValue();
        } else if (type == MarshallingType.DOUBLE) {
            return requireType(value.isNumber(), value, path, "a number").doubleValue();
        } else if (type == MarshallingType.FLOAT) {
            return requireType(value.isNumber(), value, path, "a number").floatValue();
        } else if (type == MarshallingType.BIG_DECIMAL) {
            return requireType(value.isNumber(), value, path, "a number").decimalValue();
        } else if (type == MarshallingType.BOOLEAN) {
            return requireType(value.isBoolean(), value, path, "a boolean").booleanValue();
        } else if (type == MarshallingType.INSTANT) {
            return decodeInstant(value, path);
        } else if (type == MarshallingType.SDK_BYTES) {
            return SdkBytes.fromByteArray(decodeBase64(value, path));
        } else if (type == MarshallingType.SDK_POJO) {
            requireType(value.isObject(), value, path, "an object");
            SdkPojo nested = field.constructor().get();
            for (SdkField<?> member : nested.sdkFields()) {
                JsonNode memberValue = value.get(member.locationName());
                if (memberValue != null && !memberValue.isNull()) {
                    setField(nested, member, decodeValue(memberValue, member, path + "." + member.locationName()));
                }
            }
            requiredMembers.check(pojoShapeName(nested), value, path + ".");
            return buildPojo(nested);
        } else if (type == MarshallingType.LIST) {
            requireType(value.isArray(), value, path, "a list");
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                list.add(decodeValue(notNull(value.get(i), path + "[" + i + "]"), member, path + "[" + i + "]"));
            }
            return list;
        } else if (type == MarshallingType.MAP) {
            requireType(value.isObject(), value, path, "a map");
            SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String entryPath = path + "." + ServiceError.echo(entry.getKey());
                map.put(entry.getKey(), decodeValue(notNull(entry.getValue(), entryPath), member, entryPath));
            }
            return map;
        }
        throw ServiceError.validation("Member " + path + " has a type the simulator cannot read: " + type);
    }

    /** AWS JSON has no null elements: the SDKs never send one, and the service refuses the document. */
    private static JsonNode notNull(JsonNode element, String path) {
        if (element.isNull()) {
            throw ServiceError.serialization("Member " + path + " must not be null");
        }
        return element;
    }

    private static String pojoShapeName(SdkPojo builderOrPojo) {
        return SensitiveMembers.shapeName(builderOrPojo);
    }

    private static Object buildPojo(SdkPojo builder) {
        if (builder instanceof software.amazon.awssdk.utils.builder.SdkBuilder<?, ?> sdkBuilder) {
            return sdkBuilder.build();
        }
        return builder;
    }

    private static Instant decodeInstant(JsonNode value, String path) {
        if (value.isNumber()) {
            BigDecimal seconds = value.decimalValue();
            if (seconds.compareTo(MIN_EPOCH_SECONDS) < 0 || seconds.compareTo(MAX_EPOCH_SECONDS) > 0) {
                throw timestampOutOfRange(path, seconds.toString());
            }
            long whole = seconds.longValue();
            long nanos = seconds.subtract(BigDecimal.valueOf(whole))
                    .movePointRight(9)
                    .longValue();
            return Instant.ofEpochSecond(whole, nanos);
        }
        if (value.isTextual()) {
            Instant parsed;
            try {
                parsed = Instant.parse(value.asText());
            } catch (DateTimeParseException e) {
                throw ServiceError.validation("Member " + path
                        + " must be a timestamp (epoch seconds or ISO-8601), was '" + ServiceError.echo(value.asText())
                        + "'");
            }
            if (parsed.isBefore(MIN_TIMESTAMP) || parsed.isAfter(MAX_TIMESTAMP)) {
                throw timestampOutOfRange(path, value.asText());
            }
            return parsed;
        }
        throw ServiceError.validation(
                "Member " + path + " must be a timestamp (epoch seconds or ISO-8601), was " + describe(value));
    }

    private static ServiceError timestampOutOfRange(String path, String value) {
        return ServiceError.invalidParameterValue("Member " + path + " must be a timestamp between " + MIN_TIMESTAMP
                + " and " + MAX_TIMESTAMP + ", was " + ServiceError.echo(value));
    }

    private static byte[] decodeBase64(JsonNode value, String path) {
        requireType(value.isTextual(), value, path, "a base64 string");
        try {
            return java.util.Base64.getDecoder().decode(value.asText());
        } catch (IllegalArgumentException e) {
            throw ServiceError.validation("Member " + path + " must be base64 encoded");
        }
    }

    private static JsonNode requireType(boolean ok, JsonNode value, String path, String expected) {
        if (!ok) {
            throw ServiceError.validation("Member " + path + " must be " + expected + ", was " + describe(value));
        }
        return value;
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + shown;
    }

    private JsonNode encodeValue(Object value, SdkField<?> field) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.INSTANT) {
            Instant instant = (Instant) value;
            TimestampFormatTrait format = field.getTrait(TimestampFormatTrait.class);
            if (format != null && format.format() == TimestampFormatTrait.Format.ISO_8601) {
                return NODES.textNode(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                        .toString());
            }
            return NODES.numberNode(epochSeconds(instant));
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
            return NODES.textNode(java.util.Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray()));
        }
        return scalar(value);
    }

    /** Scalars straight to their node type: valueToTree would serialize and re-read every value. */
    private static JsonNode scalar(Object value) {
        if (value instanceof String text) {
            return NODES.textNode(text);
        } else if (value instanceof Integer number) {
            return NODES.numberNode(number);
        } else if (value instanceof Long number) {
            return NODES.numberNode(number);
        } else if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        } else if (value instanceof Double number) {
            return NODES.numberNode(number);
        } else if (value instanceof Float number) {
            return NODES.numberNode(number);
        } else if (value instanceof BigDecimal number) {
            return NODES.numberNode(number);
        }
        return MAPPER.valueToTree(value);
    }

    /** Epoch seconds with millisecond fraction, the form AWS JSON services send for TStamp members. */
    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
    }
}
