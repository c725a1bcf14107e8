package io.dmstestkit.simulator.internal.state;

import io.dmstestkit.simulator.internal.ServiceError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.databasemigration.model.Filter;

/**
 * The {@code Filters} of one Describe call: the filter names it knows, each with the values a resource
 * has for it. A resource matches when, for every filter given, one of its values is among the filter's
 * values. Unknown names are refused with the list of valid ones.
 *
 * <pre>{@code
 * Filters<Endpoint> filters = Filters.<Endpoint>named("DescribeEndpoints")
 *     .on("endpoint-arn", e -> List.of(e.endpointArn()))
 *     .on("endpoint-type", e -> List.of(e.endpointTypeAsString().toLowerCase()));
 * }</pre>
 */
public final class Filters<T> {

    private final String operation;
    private final Map<String, Function<T, Collection<String>>> valuesByName = new LinkedHashMap<>();
    /** The filters {@link #page} can answer from a store's indexes, and how. */
    private final Map<String, Lookup> indexed = new LinkedHashMap<>();

    private enum Lookup {
        KEY,
        NAME,
        KEY_OR_NAME
    }

    private Filters(String operation) {
        this.operation = operation;
    }

    public static <T> Filters<T> named(String operation) {
        return new Filters<>(operation);
    }

    public Filters<T> on(String name, Function<T, Collection<String>> values) {
        valuesByName.put(name, values);
        return this;
    }

    /**
     * A filter whose values are the store's keys (the resource's ARN): {@link #page} looks those up instead
     * of testing every resource of the account.
     */
    public Filters<T> onKey(String name, Function<T, String> key) {
        indexed.put(name, Lookup.KEY);
        return on(name, resource -> List.of(key.apply(resource)));
    }

    /**
     * A filter whose values are the resources' names as the store indexes them ({@link
     * ResourceStore#nameOf}): {@link #page} looks those up in the store's name index instead of testing
     * every resource of the account. The filter still compares {@code name} exactly.
     */
    public Filters<T> onName(String name, Function<T, String> resourceName) {
        indexed.put(name, Lookup.NAME);
        return on(name, resource -> List.of(resourceName.apply(resource)));
    }

    /**
     * A filter whose values may be a resource's ARN or its name (the {@code ...-identifier} filters of
     * the DMS Schema Conversion kinds): looked up both ways, then compared with {@code values}.
     */
    public Filters<T> onKeyOrName(String name, Function<T, Collection<String>> values) {
        indexed.put(name, Lookup.KEY_OR_NAME);
        return on(name, values);
    }

    /** The resources that match every filter; refuses unknown filter names. */
    public List<T> apply(List<Filter> filters, List<T> resources) {
        Predicate<T> matches = matcher(filters);
        if (filters.isEmpty()) {
            // Not a copy: a list computed on demand (a run's table statistics) stays so until it is paged.
            return Collections.unmodifiableList(resources);
        }
        return resources.stream().filter(matches).toList();
    }

    /** A test for "matches every filter"; refuses unknown filter names. */
    public Predicate<T> matcher(List<Filter> filters) {
        Predicate<T> matches = resource -> true;
        for (Filter filter : filters) {
            Function<T, Collection<String>> values = valuesByName.get(filter.name());
            if (values == null) {
                throw ServiceError.invalidParameterValue("The filter '" + filter.name() + "' is not valid for "
                        + operation + ". Valid filter names: " + String.join(" | ", valuesByName.keySet()));
            }
            List<String> wanted = filter.values();
            matches = matches.and(resource -> anyWanted(values.apply(resource), wanted));
        }
        return matches;
    }

    /** Whether one of a resource's values is wanted: a loop, as every Describe tests each candidate. */
    private static boolean anyWanted(Collection<String> values, List<String> wanted) {
        for (String value : values) {
            if (wanted.contains(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One page of the resources of {@code store} that match {@code filters}, in creation order; answers
     * ResourceNotFoundFault when filters were given and nothing matched, as DMS Describe calls do.
     *
     * <p>What it reads: with a filter on the ARN or the name, only the resources those values name (index
     * lookups); otherwise the account's resources of this kind from the marker on, until the page is full
     * (one more to know whether there is a next page). Filters on other attributes therefore test the
     * resources of one account and kind — never other accounts' —, at most all of them when few match.
     */
    public Paging.Page<T> page(
            ResourceStore<T> store, List<Filter> filters, Integer maxRecords, String marker, String what) {
        Predicate<T> matches = matcher(filters);
        int limit = Paging.maxRecords(maxRecords);
        long from = marker == null ? Long.MIN_VALUE : Paging.decode(marker);
        List<ResourceStore.Entry<T>> indexedCandidates = indexedCandidates(store, filters);
        Iterable<ResourceStore.Entry<T>> candidates =
                indexedCandidates != null ? indexedCandidates : store.entriesFrom(from);
        List<T> items = new ArrayList<>(Math.min(limit, store.size()));
        String nextMarker = null;
        for (ResourceStore.Entry<T> entry : candidates) {
            if (entry.sequence() < from || !matches.test(entry.value())) {
                continue;
            }
            if (items.size() == limit) {
                nextMarker = Paging.encode(entry.sequence());
                break;
            }
            items.add(entry.value());
        }
        if (items.isEmpty()
                && !filters.isEmpty()
                && !anyBefore(
                        indexedCandidates != null ? indexedCandidates : store.entriesFrom(Long.MIN_VALUE),
                        from,
                        matches)) {
            throw ServiceError.resourceNotFound("No " + what + " found matching the filters");
        }
        return new Paging.Page<>(items, nextMarker);
    }

    /** Whether an entry before the marker's {@code from} matches: a later page may be empty, not "not found". */
    private static <T> boolean anyBefore(Iterable<ResourceStore.Entry<T>> entries, long from, Predicate<T> matches) {
        for (ResourceStore.Entry<T> entry : entries) {
            if (entry.sequence() >= from) {
                return false;
            }
            if (matches.test(entry.value())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entries the first indexed filter of the request names, in creation order, or null when the
     * request has no indexed filter (then every entry is a candidate). One indexed filter suffices: a
     * resource must match every filter, so it is among those the first names.
     */
    private List<ResourceStore.Entry<T>> indexedCandidates(ResourceStore<T> store, List<Filter> filters) {
        for (Filter filter : filters) {
            Lookup lookup = indexed.get(filter.name());
            if (lookup == null) {
                continue;
            }
            Map<Long, ResourceStore.Entry<T>> found = new TreeMap<>();
            for (String value : filter.values()) {
                if (lookup != Lookup.NAME) {
                    store.entry(value).ifPresent(entry -> found.put(entry.sequence(), entry));
                }
                if (lookup != Lookup.KEY) {
                    store.namedEntries(value).forEach(entry -> found.put(entry.sequence(), entry));
                }
            }
            return new ArrayList<>(found.values());
        }
        return null;
    }

    /**
     * Filters, and answers ResourceNotFoundFault when filters were given and nothing matched, as DMS
     * does for its Describe calls (the SDK waiters rely on it).
     */
    public List<T> applyOrNotFound(List<Filter> filters, List<T> resources, String what) {
        List<T> matched = apply(filters, resources);
        if (matched.isEmpty() && !filters.isEmpty()) {
            throw ServiceError.resourceNotFound("No " + what + " found matching the filters");
        }
        return matched;
    }
}
