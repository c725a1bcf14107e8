package io.dmstestkit.simulator.internal.state;

import java.util.Set;
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

    private SdkCopy() {}

    /** Copies every member of {@code from} that is set and that {@code toBuilder} also has, except {@code skip}. */
    public static <B extends SdkPojo> B sharedMembers(SdkPojo from, B toBuilder, Set<String> skip) {
        for (SdkField<?> target : toBuilder.sdkFields()) {
            if (skip.contains(target.memberName())) {
                continue;
            }
            for (SdkField<?> source : from.sdkFields()) {
                if (source.memberName().equals(target.memberName()) && sameShape(source, target)) {
                    Object value = source.getValueOrDefault(from);
                    if (value != null
                            && !(value instanceof SdkAutoConstructList)
                            && !(value instanceof SdkAutoConstructMap)) {
                        set(target, toBuilder, value);
                    }
                }
            }
        }
        return toBuilder;
    }

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
