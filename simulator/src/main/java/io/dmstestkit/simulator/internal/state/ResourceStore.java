package io.dmstestkit.simulator.internal.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.databasemigration.model.Certificate;
import software.amazon.awssdk.services.databasemigration.model.DataProvider;
import software.amazon.awssdk.services.databasemigration.model.Endpoint;
import software.amazon.awssdk.services.databasemigration.model.InstanceProfile;
import software.amazon.awssdk.services.databasemigration.model.MigrationProject;
import software.amazon.awssdk.services.databasemigration.model.ReplicationSubnetGroup;

/**
 * The resources of one kind in one account, by ARN, in creation order. Each entry keeps the sequence
 * number it was created with, which paging markers refer to, so pages stay stable when resources are
 * deleted between two pages. Not thread-safe on its own: guarded by its {@link AccountState}'s lock.
 *
 * <p>Three ways in, none of which reads the whole store: by ARN (a hash lookup), by name (an index of
 * the user-chosen names, case-insensitive, kept up to date by {@link #put} and {@link #remove}, so a
 * rename moves the entry), and by sequence (a page starts at its marker). A store of 500 tasks answers
 * "the task named {@code orders}" and "the page after this marker" without looking at the other 499.
 *
 * <pre>{@code
 * ResourceStore<TaskRecord> tasks = account.store(TaskRecord.class);
 * tasks.put(record.arn(), record);
 * tasks.named("Orders-Task");            // [record] when its identifier is orders-task
 * tasks.entriesFrom(42);                 // the entries created at sequence 42 and after, in order
 * }</pre>
 */
public final class ResourceStore<T> {

    private final Map<String, Entry<T>> byArn = new HashMap<>();
    private final NavigableMap<Long, Entry<T>> bySequence = new TreeMap<>();
    /**
     * Lower-cased name → the ARN of the one resource with that name, or a {@code List<String>} of ARNs
     * when several share it (kinds whose names need not be unique; rare, so no list is made for the rest).
     */
    private final Map<String, Object> byName = new HashMap<>();

    private final Function<? super T, String> nameOf;
    private long nextSequence;

    /** A stored resource with its creation sequence number. */
    public record Entry<T>(long sequence, T value) {}

    /** A store whose resources are named as {@link #nameOf(Object)} says. */
    public ResourceStore() {
        this(ResourceStore::nameOf);
    }

    /** A store whose resources are named by {@code nameOf} (null: that resource has no name). */
    public ResourceStore(Function<? super T, String> nameOf) {
        this.nameOf = nameOf;
    }

    /**
     * The user-chosen name of a stored resource, as the stores index it: a {@link NamedResource}'s name,
     * the identifier or name of the SDK shapes stored as they are; null for anything else (keys that are
     * not ARNs, internal records), which is then found by its key only.
     */
    public static String nameOf(Object resource) {
        if (resource instanceof NamedResource named) {
            return named.name();
        }
        if (resource instanceof Endpoint endpoint) {
            return endpoint.endpointIdentifier();
        }
        if (resource instanceof Certificate certificate) {
            return certificate.certificateIdentifier();
        }
        if (resource instanceof ReplicationSubnetGroup group) {
            return group.replicationSubnetGroupIdentifier();
        }
        if (resource instanceof DataProvider provider) {
            return provider.dataProviderName();
        }
        if (resource instanceof InstanceProfile profile) {
            return profile.instanceProfileName();
        }
        if (resource instanceof MigrationProject project) {
            return project.migrationProjectName();
        }
        return null;
    }

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
        Entry<T> entry = new Entry<>(existing == null ? nextSequence++ : existing.sequence(), value);
        byArn.put(arn, entry);
        bySequence.put(entry.sequence(), entry);
        String oldName = existing == null ? null : indexKey(existing.value());
        String newName = indexKey(value);
        if (oldName == null ? newName != null : !oldName.equals(newName)) {
            unindex(oldName, arn);
            index(newName, arn);
        }
        return value;
    }

    public Optional<T> remove(String arn) {
        Entry<T> removed = byArn.remove(arn);
        if (removed == null) {
            return Optional.empty();
        }
        bySequence.remove(removed.sequence());
        unindex(indexKey(removed.value()), arn);
        return Optional.of(removed.value());
    }

    /**
     * The resources whose name is {@code name} compared without regard to case (as DMS compares
     * identifiers), in creation order: an index lookup. Callers wanting an exact match test the names of
     * the few resources this returns.
     */
    public List<T> named(String name) {
        List<Entry<T>> entries = namedEntries(name);
        if (entries.isEmpty()) {
            return List.of();
        }
        List<T> values = new ArrayList<>(entries.size());
        entries.forEach(entry -> values.add(entry.value()));
        return values;
    }

    /** As {@link #named}, with each resource's sequence number. */
    public List<Entry<T>> namedEntries(String name) {
        Object arns = name == null ? null : byName.get(lower(name));
        if (arns == null) {
            return List.of();
        }
        if (arns instanceof String arn) {
            return List.of(byArn.get(arn));
        }
        @SuppressWarnings("unchecked")
        List<String> several = (List<String>) arns;
        List<Entry<T>> entries = new ArrayList<>(several.size());
        several.forEach(arn -> entries.add(byArn.get(arn)));
        entries.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        return entries;
    }

    /**
     * The first resource (in creation order) named {@code name} (case-insensitive) that also satisfies
     * {@code predicate}: an index lookup, for "the task called …" and "is this identifier taken".
     */
    public Optional<T> findNamed(String name, Predicate<? super T> predicate) {
        for (T value : named(name)) {
            if (predicate.test(value)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * The first resource (in creation order) that satisfies {@code predicate}: reads the store, so for
     * tests on other attributes than the ARN or the name ({@link #get}, {@link #findNamed}).
     */
    public Optional<T> find(Predicate<? super T> predicate) {
        for (Entry<T> entry : bySequence.values()) {
            if (predicate.test(entry.value())) {
                return Optional.of(entry.value());
            }
        }
        return Optional.empty();
    }

    public List<T> values() {
        List<T> values = new ArrayList<>(bySequence.size());
        bySequence.values().forEach(entry -> values.add(entry.value()));
        return values;
    }

    public List<Entry<T>> entries() {
        return new ArrayList<>(bySequence.values());
    }

    /**
     * The entries created at sequence {@code sequence} or later, in creation order: a live, unmodifiable
     * view, for reading one page without copying the store (do not change the store while reading it).
     */
    public Collection<Entry<T>> entriesFrom(long sequence) {
        return Collections.unmodifiableCollection(
                bySequence.tailMap(sequence, true).values());
    }

    /** The ARNs (keys) of the stored resources, in no particular order. */
    public Set<String> arns() {
        return Collections.unmodifiableSet(byArn.keySet());
    }

    public int size() {
        return byArn.size();
    }

    private String indexKey(T value) {
        String name = nameOf.apply(value);
        return name == null ? null : lower(name);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT); // the same instance when already lower case: no copy kept
    }

    private void index(String name, String arn) {
        if (name == null) {
            return;
        }
        Object present = byName.putIfAbsent(name, arn);
        if (present == null) {
            return;
        }
        List<String> several;
        if (present instanceof String single) {
            several = new ArrayList<>(2);
            several.add(single);
            byName.put(name, several);
        } else {
            @SuppressWarnings("unchecked")
            List<String> list = (List<String>) present;
            several = list;
        }
        several.add(arn);
    }

    private void unindex(String name, String arn) {
        if (name == null) {
            return;
        }
        Object present = byName.get(name);
        if (present instanceof String single) {
            if (single.equals(arn)) {
                byName.remove(name);
            }
        } else if (present != null) {
            @SuppressWarnings("unchecked")
            List<String> several = (List<String>) present;
            several.remove(arn);
            if (several.size() == 1) {
                byName.put(name, several.get(0));
            } else if (several.isEmpty()) {
                byName.remove(name);
            }
        }
    }
}
