package io.dmstestkit.wiremock.internal.transport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.tomakehurst.wiremock.http.DelayDistribution;
import com.github.tomakehurst.wiremock.http.LogNormal;
import com.github.tomakehurst.wiremock.http.UniformDistribution;
import java.util.Random;

/**
 * A random delay, in WireMock's own JSON words: {@code {"type": "uniform", "lower": 100, "upper": 300}} or
 * {@code {"type": "lognormal", "median": 90, "sigma": 0.1, "maxValue": 500}} (milliseconds).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DelayDistributionJson(
        String type, Integer lower, Integer upper, Double median, Double sigma, Double maxValue) {

    public static DelayDistributionJson uniform(int lower, int upper) {
        return new DelayDistributionJson("uniform", lower, upper, null, null, null);
    }

    public static DelayDistributionJson logNormal(double median, double sigma, Double maxValue) {
        return new DelayDistributionJson("lognormal", null, null, median, sigma, maxValue);
    }

    void validate() {
        if ("uniform".equals(type)) {
            require(lower != null && upper != null, "a uniform delay needs 'lower' and 'upper' (milliseconds)");
            require(
                    median == null && sigma == null && maxValue == null,
                    "a uniform delay takes only 'lower' and 'upper'");
            require(
                    lower >= 0 && upper >= lower,
                    "a uniform delay needs 0 <= lower <= upper, was " + lower + ".." + upper);
            require(
                    upper <= TransportFaultDefinition.MAX_DELAY_MS,
                    "delays are limited to 10 minutes, was " + upper + " ms");
        } else if ("lognormal".equals(type)) {
            require(median != null && sigma != null, "a lognormal delay needs 'median' (milliseconds) and 'sigma'");
            require(lower == null && upper == null, "a lognormal delay takes 'median', 'sigma' and 'maxValue'");
            require(
                    median > 0 && median <= TransportFaultDefinition.MAX_DELAY_MS,
                    "'median' must be 1 ms to 10 minutes, was " + median);
            require(sigma >= 0 && sigma <= 10, "'sigma' must be between 0 and 10, was " + sigma);
            require(
                    maxValue == null || (maxValue >= median && maxValue <= TransportFaultDefinition.MAX_DELAY_MS),
                    "'maxValue' must be between the median and 10 minutes, was " + maxValue);
        } else {
            throw new IllegalArgumentException("delayDistribution 'type' must be 'uniform' or 'lognormal', was "
                    + (type == null ? "missing" : "'" + type + "'"));
        }
    }

    /** WireMock's own distribution: drawn from an unseeded generator, so it differs on every run. */
    DelayDistribution toWireMock() {
        return "uniform".equals(type) ? new UniformDistribution(lower, upper) : new LogNormal(median, sigma, maxValue);
    }

    /**
     * One delay drawn from {@code random}, the same way WireMock draws it; with a seeded generator the
     * same sequence comes out on every run.
     */
    int sample(Random random) {
        if ("uniform".equals(type)) {
            return lower + random.nextInt(upper - lower + 1);
        }
        long drawn = drawLogNormal(random);
        // WireMock resamples values above the cap up to ten times, then truncates.
        for (int i = 0; maxValue != null && drawn > maxValue && i < 10; i++) {
            drawn = drawLogNormal(random);
        }
        double capped = maxValue == null ? drawn : Math.min(maxValue, drawn);
        return (int) Math.min(TransportFaultDefinition.MAX_DELAY_MS, Math.round(capped));
    }

    private long drawLogNormal(Random random) {
        return Math.round(Math.exp(random.nextGaussian() * sigma) * median);
    }

    String describe() {
        return "uniform".equals(type)
                ? "uniform delay " + lower + "-" + upper + " ms"
                : "lognormal delay (median " + median + " ms, sigma " + sigma
                        + (maxValue == null ? "" : ", max " + maxValue + " ms") + ")";
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
    }
}
