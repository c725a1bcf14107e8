package io.dmstestkit.simulator.internal.state;

import io.dmstestkit.simulator.internal.ServiceError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * {@code MaxRecords} and {@code Marker} as DMS Describe calls use them: 20 to 100 records a page
 * (default 100; {@code DescribeTableStatistics} allows up to 500), and an opaque marker to continue from. The marker names the sequence number of the
 * next resource, so deleting resources between pages neither repeats nor skips the others.
 */
public final class Paging {

    public static final int DEFAULT_MAX_RECORDS = 100;
    public static final int MIN_MAX_RECORDS = 20;
    /** The API documents "Minimum 20, maximum 500" for DescribeTableStatistics alone. */
    public static final int TABLE_STATISTICS_MAX_RECORDS = 500;

    private Paging() {}

    /** One page of results and the marker of the next page (null on the last page). */
    public record Page<T>(List<T> items, String nextMarker) {}

    public static <T> Page<T> page(List<T> items, ToLongFunction<T> sequence, Integer maxRecords, String marker) {
        int limit = maxRecords(maxRecords);
        long from = marker == null ? Long.MIN_VALUE : decode(marker);
        List<T> remaining = items.stream()
                .filter(item -> sequence.applyAsLong(item) >= from)
                .toList();
        if (remaining.size() <= limit) {
            return new Page<>(remaining, null);
        }
        return new Page<>(remaining.subList(0, limit), encode(sequence.applyAsLong(remaining.get(limit))));
    }

    /**
     * Pages a list whose order is its identity (e.g. computed statistics): the index is the sequence. Reads
     * only the page's items, so a list computed on demand costs one page, not its whole length.
     */
    public static <T> Page<T> pageByIndex(List<T> items, Integer maxRecords, String marker) {
        return pageByIndex(items, maxRecords, DEFAULT_MAX_RECORDS, marker);
    }

    /** As {@link #pageByIndex(List, Integer, String)}, for an operation that allows up to {@code upTo} a page. */
    public static <T> Page<T> pageByIndex(List<T> items, Integer maxRecords, int upTo, String marker) {
        int limit = maxRecords(maxRecords, upTo);
        long from = marker == null ? 0 : Math.max(0, decode(marker));
        if (from >= items.size()) {
            return new Page<>(List.of(), null);
        }
        int first = (int) from;
        if (items.size() - first <= limit) {
            return new Page<>(List.copyOf(items.subList(first, items.size())), null);
        }
        return new Page<>(List.copyOf(items.subList(first, first + limit)), encode(first + limit));
    }

    static int maxRecords(Integer maxRecords) {
        return maxRecords(maxRecords, DEFAULT_MAX_RECORDS);
    }

    private static int maxRecords(Integer maxRecords, int upTo) {
        if (maxRecords == null) {
            return DEFAULT_MAX_RECORDS;
        }
        if (maxRecords < MIN_MAX_RECORDS || maxRecords > upTo) {
            throw ServiceError.invalidParameterValue(
                    "MaxRecords must be between " + MIN_MAX_RECORDS + " and " + upTo + ", was " + maxRecords);
        }
        return maxRecords;
    }

    static String encode(long sequence) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("dms-testkit:" + sequence).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String marker) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
            if (!text.startsWith("dms-testkit:")) {
                throw new IllegalArgumentException(text);
            }
            return Long.parseLong(text.substring("dms-testkit:".length()));
        } catch (IllegalArgumentException e) {
            throw ServiceError.invalidParameterValue(
                    "Marker '" + ServiceError.echo(marker) + "' is not a marker returned by this service");
        }
    }
}
