package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Durations;
import io.dmstestkit.simulator.internal.text.Suggestions;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Reads Groovy named arguments ({@code rows: 10, times: 1}) with messages that name what is wrong. */
final class Named {

    private Named() {}

    static void requireOnly(Map<String, Object> named, Set<String> allowed, String where) {
        for (String key : named.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("unknown option '" + key + "' for " + where
                        + Suggestions.closest(key, allowed)
                                .map(closest -> "; did you mean '" + closest + "'? Options: ")
                                .orElse("; options: ")
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    static long requireLong(Map<String, Object> named, String key, String where) {
        Object value = named.get(key);
        if (value == null) {
            throw new IllegalArgumentException(where + " needs '" + key + ":'");
        }
        return toLong(value, key, where);
    }

    static Integer optionalInt(Map<String, Object> named, String key, String where) {
        Object value = named.get(key);
        return value == null ? null : Math.toIntExact(toLong(value, key, where));
    }

    static Double optionalDouble(Map<String, Object> named, String key, String where) {
        Object value = named.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return Double.parseDouble(value.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a number, was '" + value + "'");
        }
    }

    static String optionalString(Map<String, Object> named, String key) {
        Object value = named.get(key);
        return value == null ? null : value.toString();
    }

    static Duration optionalDuration(Map<String, Object> named, String key) {
        Object value = named.get(key);
        if (value == null || value instanceof Duration) {
            return (Duration) value;
        }
        return Durations.parse(value.toString());
    }

    private static long toLong(Object value, String key, String where) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(value.toString().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a whole number, was '" + value + "'");
        }
    }
}
