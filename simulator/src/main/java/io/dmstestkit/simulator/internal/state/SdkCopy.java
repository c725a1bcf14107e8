package io.dmstestkit.simulator.internal.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Copies the members two SDK shapes share by name, e.g. the engine settings of a CreateEndpoint request
 * into the stored Endpoint. Driven by the SDK field descriptions, so a new settings member in a newer
 * SDK is carried over without code.
 */
public final class SdkCopy {

    /** The member pairs two classes share, worked out once per pair of classes: sdkFields() are fixed per class. */
    private static final Map<Shapes, List<Pair>> SHARED = new ConcurrentHashMap<>();

    private SdkCopy() {}

    /** Copies every member of {@code from} that is set and that {@code toBuilder} also has, except {@code skip}. */
    public static <B extends SdkPojo> B sharedMembers(SdkPojo from, B toBuilder, Set<String> skip) {
        List<Pair> pairs = SHARED.computeIfAbsent(
                new Shapes(from.getClass(), toBuilder.getClass()), shapes -> pairs(from, toBuilder));
        for (Pair pair : pairs) {
            if (skip.contains(pair.target().memberName())) {
                continue;
            }
            Object value = pair.source().getValueOrDefault(from);
            if (value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap)) {
                set(pair.target(), toBuilder, value);
            }
        }
        return toBuilder;
    }

    /** Every (source, target) with the same member name and shape, in the order of the target's members. */
    private static List<Pair> pairs(SdkPojo from, SdkPojo toBuilder) {
        List<Pair> pairs = new ArrayList<>();
        for (SdkField<?> target : toBuilder.sdkFields()) {
            for (SdkField<?> source : from.sdkFields()) {
                if (source.memberName().equals(target.memberName()) && sameShape(source, target)) {
                    pairs.add(new Pair(source, target));
                }
            }
        }
        return List.copyOf(pairs);
    }

    private record Shapes(Class<?> from, Class<?> to) {}

    private record Pair(SdkField<?> source, SdkField<?> target) {}

    /** Same wire type all the way down: a list of one structure must not land in a list of another. */
    private static boolean sameShape(SdkField<?> a, SdkField<?> b) {
        if (a.marshallingType() != b.marshallingType()) {
            return false;
        }
        if (a.marshallingType() == MarshallingType.SDK_POJO) {
            return a.constructor().get().getClass().equals(b.constructor().get().getClass());
        }
        if (a.marshallingType() == MarshallingType.LIST) {
            return sameShape(
                    a.getRequiredTrait(ListTrait.class).memberFieldInfo(),
                    b.getRequiredTrait(ListTrait.class).memberFieldInfo());
        }
        if (a.marshallingType() == MarshallingType.MAP) {
            return sameShape(
                    a.getRequiredTrait(MapTrait.class).valueFieldInfo(),
                    b.getRequiredTrait(MapTrait.class).valueFieldInfo());
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(SdkField<T> field, Object builder, Object value) {
        field.set(builder, (T) value);
    }
}
