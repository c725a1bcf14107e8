package io.dmstestkit.simulator.internal.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The resources of one kind in one account, by ARN, in creation order. Each entry keeps the sequence
 * number it was created with, which paging markers refer to, so pages stay stable when resources are
 * deleted between two pages. Not thread-safe on its own: guarded by its {@link AccountState}'s lock.
 */
public final class ResourceStore<T> {

    private final Map<String, Entry<T>> byArn = new LinkedHashMap<>();
    private long nextSequence;

    /** A stored resource with its creation sequence number. */
    public record Entry<T>(long sequence, T value) {}

    public Optional<T> get(String arn) {
        Entry<T> entry = byArn.get(arn);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    /** The entry stored under {@code arn}, with its sequence number. */
    public Optional<Entry<T>> entry(String arn) {
        return Optional.ofNullable(byArn.get(arn));
    }

    public boolean contains(String arn) {
        return byArn.containsKey(arn);
    }

    /** Adds a resource or replaces the one with the same ARN (keeping its place in the order). */
    public T put(String arn, T value) {
        Entry<T> existing = byArn.get(arn);
        byArn.put(arn, new Entry<>(existing == null ? nextSequence++ : existing.sequence(), value));
        return value;
    }

    public Optional<T> remove(String arn) {
        Entry<T> removed = byArn.remove(arn);
        return removed == null ? Optional.empty() : Optional.of(removed.value());
    }

    public Optional<T> find(Predicate<? super T> predicate) {
        return byArn.values().stream().map(Entry::value).filter(predicate).findFirst();
    }

    public List<T> values() {
        List<T> values = new ArrayList<>(byArn.size());
        byArn.values().forEach(entry -> values.add(entry.value()));
        return values;
    }

    public List<Entry<T>> entries() {
        return new ArrayList<>(byArn.values());
    }

    public java.util.Set<String> arns() {
        return java.util.Collections.unmodifiableSet(byArn.keySet());
    }

    public int size() {
        return byArn.size();
    }
}
