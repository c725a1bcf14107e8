package io.dmstestkit.simulator.internal.state;

import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
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
                if (source.memberName().equals(target.memberName())
                        && source.marshallingType() == target.marshallingType()) {
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

    @SuppressWarnings("unchecked")
    private static <T> void set(SdkField<T> field, Object builder, Object value) {
        field.set(builder, (T) value);
    }
}
