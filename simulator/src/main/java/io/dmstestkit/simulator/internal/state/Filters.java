package io.dmstestkit.simulator.internal.state;

import io.dmstestkit.simulator.internal.ServiceError;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private String keyFilter;

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
        keyFilter = name;
        return on(name, resource -> List.of(key.apply(resource)));
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
            matches = matches.and(resource -> values.apply(resource).stream().anyMatch(wanted::contains));
        }
        return matches;
    }

    /**
     * One page of the resources of {@code store} that match {@code filters}, in creation order; answers
     * ResourceNotFoundFault when filters were given and nothing matched, as DMS Describe calls do.
     */
    public Paging.Page<T> page(
            ResourceStore<T> store, List<Filter> filters, Integer maxRecords, String marker, String what) {
        Predicate<T> matches = matcher(filters);
        List<ResourceStore.Entry<T>> matched = candidates(store, filters).stream()
                .filter(e -> matches.test(e.value()))
                .toList();
        if (matched.isEmpty() && !filters.isEmpty()) {
            throw ServiceError.resourceNotFound("No " + what + " found matching the filters");
        }
        Paging.Page<ResourceStore.Entry<T>> page =
                Paging.page(matched, ResourceStore.Entry::sequence, maxRecords, marker);
        return new Paging.Page<>(
                page.items().stream().map(ResourceStore.Entry::value).toList(), page.nextMarker());
    }

    /** The entries a key filter names, in creation order; every entry when no key filter was given. */
    private List<ResourceStore.Entry<T>> candidates(ResourceStore<T> store, List<Filter> filters) {
        for (Filter filter : filters) {
            if (filter.name().equals(keyFilter)) {
                return filter.values().stream()
                        .distinct()
                        .map(store::entry)
                        .flatMap(java.util.Optional::stream)
                        .sorted(java.util.Comparator.comparingLong(ResourceStore.Entry::sequence))
                        .toList();
            }
        }
        return store.entries();
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
