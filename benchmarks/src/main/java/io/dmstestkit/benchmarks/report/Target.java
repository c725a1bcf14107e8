package io.dmstestkit.benchmarks.report;

import java.util.function.DoublePredicate;

/**
 * A target of issue 8, as shown in the table ({@code ≤ 1.5×}) and checked against a figure.
 *
 * <pre>{@code
 * Target.atMost(1.5, "≤ 1.5×").verdict(1.3);                 // "✅ met"
 * }</pre>
 */
record Target(String text, DoublePredicate met) {

    static final Target NONE = new Target("", value -> true);

    static Target atMost(double limit, String text) {
        return new Target(text, value -> value <= limit);
    }

    static Target atLeast(double limit, String text) {
        return new Target(text, value -> value >= limit);
    }

    static Target below(double limit, String text) {
        return new Target(text, value -> value < limit);
    }

    /** {@code ✅ met}, {@code ❌ missed}, or nothing when there is no target or no figure. */
    String verdict(double value) {
        if (this == NONE) {
            return "";
        }
        if (Double.isNaN(value)) {
            return "not run";
        }
        return met.test(value) ? "✅ met" : "❌ missed";
    }
}
