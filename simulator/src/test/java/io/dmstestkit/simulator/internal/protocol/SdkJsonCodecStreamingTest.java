package io.dmstestkit.simulator.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The streamed answer ({@link SdkJsonCodec#encodeToBytes}) is byte for byte the tree {@link SdkJsonCodec#encode}
 * builds, written by the mapper: every DMS response shape, filled member by member with seeded random values of
 * its types (text with escapes and non-ASCII characters, extreme numbers, both timestamp formats, bytes, nested
 * shapes, lists and maps).
 */
class SdkJsonCodecStreamingTest {

    private final SdkJsonCodec codec = new SdkJsonCodec(RequiredMembers.none());

    @Test
    void everyResponseShapeStreamsToTheBytesOfItsTree() throws Exception {
        List<Class<?>> responses = new ArrayList<>();
        for (Method method : DatabaseMigrationClient.class.getMethods()) {
            Class<?> type = method.getReturnType();
            if (DatabaseMigrationResponse.class.isAssignableFrom(type) && !responses.contains(type)) {
                responses.add(type);
            }
        }
        responses.sort(Comparator.comparing(Class::getName));
        assertThat(responses).hasSizeGreaterThan(100);
        SplittableRandom random = new SplittableRandom(18);
        int compared = 0;
        for (Class<?> type : responses) {
            for (int round = 0; round < 4; round++) {
                SdkPojo builder = (SdkPojo) type.getMethod("builder").invoke(null);
                SdkPojo response = fill(builder, random, 0);
                byte[] tree = SdkJsonCodec.mapper().writeValueAsBytes(codec.encode(response));
                assertThat(new String(codec.encodeToBytes(response), StandardCharsets.UTF_8))
                        .as("%s, round %d", type.getSimpleName(), round)
                        .isEqualTo(new String(tree, StandardCharsets.UTF_8));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(responses.size() * 4);
    }

    @Test
    void anEmptyShapeIsAnEmptyObject() {
        SdkPojo empty =
                (SdkPojo) software.amazon.awssdk.services.databasemigration.model.DeleteEndpointResponse.builder()
                        .build();
        assertThat(new String(codec.encodeToBytes(empty), StandardCharsets.UTF_8))
                .isEqualTo("{}");
    }

    private static SdkPojo fill(SdkPojo builder, SplittableRandom random, int depth) {
        for (SdkField<?> field : builder.sdkFields()) {
            if (depth < 6 && random.nextInt(5) > 0) {
                set(builder, field, value(field, random, depth));
            }
        }
        return (SdkPojo) ((SdkBuilder<?, ?>) builder).build();
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(SdkPojo builder, SdkField<T> field, Object value) {
        field.set(builder, (T) value);
    }

    private static Object value(SdkField<?> field, SplittableRandom random, int depth) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return text(random);
        } else if (type == MarshallingType.INTEGER) {
            return random.nextBoolean() ? random.nextInt(1000) : random.nextInt();
        } else if (type == MarshallingType.LONG) {
            return random.nextBoolean() ? random.nextLong(1000) : random.nextLong();
        } else if (type == MarshallingType.DOUBLE) {
            double[] edges = {0.0, -0.0, 1e300, 4.9e-324, 0.1, Double.NaN, Double.POSITIVE_INFINITY};
            return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextDouble() * 1e6;
        } else if (type == MarshallingType.FLOAT) {
            return random.nextBoolean() ? Float.MAX_VALUE : (float) random.nextDouble();
        } else if (type == MarshallingType.BIG_DECIMAL) {
            return new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(12));
        } else if (type == MarshallingType.BOOLEAN) {
            return random.nextBoolean();
        } else if (type == MarshallingType.INSTANT) {
            return Instant.ofEpochSecond(
                    random.nextLong(-62_000_000_000L, 253_000_000_000L), random.nextInt(1_000_000_000));
        } else if (type == MarshallingType.SDK_BYTES) {
            byte[] bytes = new byte[random.nextInt(20)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) random.nextInt(256);
            }
            return SdkBytes.fromByteArray(bytes);
        } else if (type == MarshallingType.SDK_POJO) {
            return fill(field.constructor().get(), random, depth + 1);
        } else if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            List<Object> list = new ArrayList<>();
            int size = depth > 3 ? 0 : random.nextInt(4);
            for (int i = 0; i < size; i++) {
                list.add(value(member, random, depth + 1));
            }
            return list;
        } else if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> map = new LinkedHashMap<>();
            int size = depth > 3 ? 0 : random.nextInt(4);
            for (int i = 0; i < size; i++) {
                map.put(text(random), value(member, random, depth + 1));
            }
            return map;
        }
        throw new IllegalStateException("no value for " + type);
    }

    private static String text(SplittableRandom random) {
        String[] parts = {"orders", "\"quoted\"", "back\\slash", "tab\t", "ü ñ 中文", "\u0001", "😀", "</script>", ""};
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) {
            text.append(parts[random.nextInt(parts.length)]);
        }
        return text.toString();
    }
}
