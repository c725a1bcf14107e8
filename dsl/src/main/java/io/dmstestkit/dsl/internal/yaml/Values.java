package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.internal.yaml.Node.Mapping;
import io.dmstestkit.dsl.internal.yaml.Node.Scalar;
import io.dmstestkit.dsl.internal.yaml.Node.Sequence;
import io.dmstestkit.dsl.model.Durations;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

/**
 * Reads typed values from nodes after replacing {@code ${parameters}}. A value of the wrong type names
 * the option ({@code label}, e.g. {@code 'times' of fault}) and what it must be.
 */
final class Values {

    private final Parameters parameters;

    Values(Parameters parameters) {
        this.parameters = parameters;
    }

    /** Whether nothing is written there ({@code key:} or {@code key: ~}). */
    static boolean isEmpty(Node node) {
        return node instanceof Scalar scalar && scalar.isEmpty();
    }

    /** Whether a step is written in its short form, a name ({@code stop: orders}), rather than options. */
    static boolean isShorthand(Node body) {
        return body instanceof Scalar && !isEmpty(body);
    }

    /** A non-empty scalar, placeholders replaced. */
    Scalar scalar(Node node, String label, String expected) {
        Node resolved = node instanceof Scalar scalar ? parameters.resolve(scalar) : node;
        if (resolved instanceof Scalar scalar && !scalar.isEmpty()) {
            return scalar;
        }
        throw new ScenarioLoadException(
                node.source(), label + " must be " + expected + ", not " + resolved.describe(), null);
    }

    /** A mapping, or an empty one when nothing is written; {@code example} shows the right form. */
    Mapping mapping(Node node, String label, String example) {
        if (node instanceof Mapping mapping) {
            return mapping;
        }
        if (isEmpty(node)) {
            return new Mapping(List.of(), node.source());
        }
        throw new ScenarioLoadException(
                node.source(), label + " must be a mapping (key: value), not " + node.describe(), "e.g. " + example);
    }

    String text(Node node, String label) {
        return scalar(node, label, "text").text();
    }

    /** One text or a list of them: {@code on: StopReplication} or {@code on: [StartReplication, StopReplication]}. */
    List<Scalar> texts(Node node, String label) {
        List<Node> items = node instanceof Sequence sequence ? sequence.items() : List.of(node);
        return items.stream().map(item -> scalar(item, label, "text")).toList();
    }

    /** 0 or more, small enough for an {@code int}, e.g. a call count. */
    int wholeInt(Node node, String label) {
        return (int) whole(node, label, Integer.MAX_VALUE, "a whole number from 0 to " + Integer.MAX_VALUE);
    }

    /** 0 or more, e.g. a table's rows. */
    long wholeNumber(Node node, String label) {
        return whole(node, label, Long.MAX_VALUE, "a whole number (0 or more)");
    }

    /** Any whole number, negative too (a random seed). */
    long anyWholeNumber(Node node, String label) {
        Scalar scalar = scalar(node, label, "a whole number");
        Long number = asLong(scalar);
        if (number == null) {
            throw wrong(scalar, label, "a whole number");
        }
        return number;
    }

    double decimal(Node node, String label) {
        Scalar scalar = scalar(node, label, "a number");
        if (scalar.value() instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return Double.parseDouble(scalar.text().trim());
        } catch (NumberFormatException e) {
            throw wrong(scalar, label, "a number such as 0.25");
        }
    }

    /** {@code 40%}, {@code 40} or {@code "40%"}. */
    int percent(Node node, String label) {
        String expected = "a percentage from 0 to 100 such as 40%";
        Scalar scalar = scalar(node, label, expected);
        String digits = scalar.text().trim();
        digits = digits.endsWith("%") ? digits.substring(0, digits.length() - 1).trim() : digits;
        Long number = asLong(new Scalar(digits, digits, scalar.source()));
        if (number == null || number < 0 || number > 100) {
            throw wrong(scalar, label, expected);
        }
        return number.intValue();
    }

    /** {@code 30s}, {@code 10m}, {@code 2h}, {@code 1h30m}, {@code PT30M}: see {@link Durations#parse}. */
    Duration duration(Node node, String label) {
        String expected = "a duration such as 30s, 10m, 2h, 1h30m or PT30M";
        Scalar scalar = scalar(node, label, expected);
        try {
            return Durations.parse(scalar.text());
        } catch (IllegalArgumentException e) {
            if (String.valueOf(e.getMessage()).contains(Durations.TOO_LONG)) {
                throw Problems.fromModel(scalar.source(), label, e);
            }
            throw wrong(scalar, label, expected);
        }
    }

    private long whole(Node node, String label, long max, String expected) {
        Scalar scalar = scalar(node, label, expected);
        Long number = asLong(scalar);
        if (number == null || number < 0 || number > max) {
            throw wrong(scalar, label, expected);
        }
        return number;
    }

    private static Long asLong(Scalar scalar) {
        Object value = scalar.value();
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger || value instanceof Double) {
            return null;
        }
        try {
            return Long.parseLong(scalar.text().trim().replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ScenarioLoadException wrong(Scalar scalar, String label, String expected) {
        return new ScenarioLoadException(
                scalar.source(), label + " must be " + expected + ", was '" + scalar.text() + "'", null);
    }
}
