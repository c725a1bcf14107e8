package io.dmstestkit.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One benchmark's result from JMH's JSON output ({@code -rf json}): the primary score and the secondary
 * ones (aux counters), each with its unit.
 *
 * @param benchmark the fully qualified benchmark method, e.g. {@code io.dmstestkit.benchmarks.ScaleBenchmark.describePage}
 * @param threads the threads it ran with
 * @param primary the primary metric
 * @param secondary the secondary metrics by name, e.g. {@code calls}
 */
record JmhResult(String benchmark, int threads, Metric primary, Map<String, Metric> secondary) {

    JmhResult {
        secondary = Map.copyOf(secondary);
    }

    /** A score, its 99.9 % error (NaN with too few iterations) and JMH's unit such as {@code ms/op}. */
    record Metric(double score, double error, String unit) {

        static Metric of(JsonNode node) {
            return new Metric(
                    node.path("score").asDouble(Double.NaN),
                    node.path("scoreError").asDouble(Double.NaN),
                    node.path("scoreUnit").asText(""));
        }

        /** The score in milliseconds per operation; throws for units that are not times per operation. */
        double millis() {
            return score * millisPer(unit);
        }

        /** The error in milliseconds, NaN when JMH could not estimate it. */
        double errorMillis() {
            return error * millisPer(unit);
        }

        private static double millisPer(String unit) {
            return switch (unit) {
                case "ns/op" -> 1e-6;
                case "us/op" -> 1e-3;
                case "ms/op" -> 1;
                case "s/op" -> 1e3;
                default -> throw new IllegalArgumentException("not a time per operation: " + unit);
            };
        }
    }

    static JmhResult of(JsonNode node) {
        Map<String, Metric> secondary = new LinkedHashMap<>();
        node.path("secondaryMetrics").properties().forEach(e -> secondary.put(e.getKey(), Metric.of(e.getValue())));
        return new JmhResult(
                node.path("benchmark").asText(),
                node.path("threads").asInt(1),
                Metric.of(node.path("primaryMetric")),
                secondary);
    }

    /** {@code LifecycleBenchmark.simulatorOverHttp}: the class and method without the package. */
    String shortName() {
        String[] parts = benchmark.split("\\.");
        return parts.length < 2 ? benchmark : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
