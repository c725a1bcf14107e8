package io.dmstestkit.simulator.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The name index of {@link ResourceStore} answers as a scan of the store would, after creates, renames,
 * modifications that keep the name, deletions and names shared by several resources; and {@link
 * ResourceStore#entriesFrom} reads a store from a sequence on.
 */
class ResourceStoreTest {

    /** A stored resource: its ARN, its name and something else that may change. */
    record Thing(String arn, String name, int version) {}

    private final ResourceStore<Thing> store = new ResourceStore<>(Thing::name);

    @Test
    void should_find_by_name_without_regard_to_case() {
        store.put("arn:a", new Thing("arn:a", "Orders", 1));
        store.put("arn:b", new Thing("arn:b", "payments", 1));

        assertThat(store.named("orders")).extracting(Thing::arn).containsExactly("arn:a");
        assertThat(store.named("ORDERS")).extracting(Thing::arn).containsExactly("arn:a");
        assertThat(store.named("Payments")).extracting(Thing::arn).containsExactly("arn:b");
        assertThat(store.named("unknown")).isEmpty();
        assertThat(store.named(null)).isEmpty();
        assertThat(store.findNamed("orders", thing -> thing.name().equals("orders")))
                .as("the caller's exact test still applies")
                .isEmpty();
    }

    @Test
    void should_follow_renames_modifications_and_deletions() {
        store.put("arn:a", new Thing("arn:a", "first", 1));
        store.put("arn:a", new Thing("arn:a", "first", 2));
        assertThat(store.named("first")).extracting(Thing::version).containsExactly(2);

        store.put("arn:a", new Thing("arn:a", "renamed", 3));
        assertThat(store.named("first")).as("the old name is gone").isEmpty();
        assertThat(store.named("renamed")).extracting(Thing::version).containsExactly(3);

        store.put("arn:b", new Thing("arn:b", "first", 1));
        assertThat(store.named("first"))
                .as("a freed name can be taken")
                .extracting(Thing::arn)
                .containsExactly("arn:b");

        assertThat(store.remove("arn:a")).isPresent();
        assertThat(store.named("renamed")).isEmpty();
        assertThat(store.remove("arn:a")).isEmpty();
        assertThat(store.named("first")).extracting(Thing::arn).containsExactly("arn:b");
    }

    @Test
    void should_keep_names_shared_by_several_resources_in_creation_order() {
        store.put("arn:c", new Thing("arn:c", "shared", 1));
        store.put("arn:a", new Thing("arn:a", "Shared", 1));
        store.put("arn:b", new Thing("arn:b", "SHARED", 1));

        assertThat(store.named("shared")).extracting(Thing::arn).containsExactly("arn:c", "arn:a", "arn:b");
        assertThat(store.findNamed("shared", thing -> !thing.arn().equals("arn:c")))
                .map(Thing::arn)
                .contains("arn:a");

        store.remove("arn:a");
        store.put("arn:c", new Thing("arn:c", "other", 2));
        assertThat(store.named("shared")).extracting(Thing::arn).containsExactly("arn:b");
        assertThat(store.named("other")).extracting(Thing::arn).containsExactly("arn:c");
        store.remove("arn:b");
        assertThat(store.named("shared")).isEmpty();
    }

    @Test
    void should_agree_with_a_scan_after_many_changes() {
        for (int i = 0; i < 200; i++) {
            String arn = "arn:" + (i % 37);
            switch (i % 4) {
                case 0, 1 -> store.put(arn, new Thing(arn, "name-" + (i % 11), i));
                case 2 -> store.remove(arn);
                default -> store.put(arn, new Thing(arn, "NAME-" + (i % 5), i));
            }
            for (int n = 0; n < 11; n++) {
                String name = "name-" + n;
                List<Thing> scanned = store.values().stream()
                        .filter(thing -> thing.name().equalsIgnoreCase(name))
                        .toList();
                assertThat(store.named(name)).as("after step %d, %s", i, name).isEqualTo(scanned);
            }
        }
    }

    @Test
    void should_keep_each_resource_in_its_place_and_read_from_a_sequence_on() {
        store.put("arn:a", new Thing("arn:a", "a", 1));
        store.put("arn:b", new Thing("arn:b", "b", 1));
        store.put("arn:c", new Thing("arn:c", "c", 1));
        store.put("arn:a", new Thing("arn:a", "a", 2));
        store.remove("arn:b");
        store.put("arn:b", new Thing("arn:b", "b", 2));

        assertThat(store.values()).extracting(Thing::arn).containsExactly("arn:a", "arn:c", "arn:b");
        assertThat(store.entries()).extracting(ResourceStore.Entry::sequence).containsExactly(0L, 2L, 3L);
        assertThat(store.entriesFrom(1))
                .extracting(entry -> entry.value().arn())
                .containsExactly("arn:c", "arn:b");
        assertThat(store.entriesFrom(4)).isEmpty();
        assertThat(store.size()).isEqualTo(3);
    }

    @Test
    void should_name_stored_shapes_as_the_simulator_stores_them() {
        assertThat(ResourceStore.nameOf(software.amazon.awssdk.services.databasemigration.model.Endpoint.builder()
                        .endpointIdentifier("source")
                        .build()))
                .isEqualTo("source");
        assertThat(ResourceStore.nameOf("a key, not a resource")).isNull();
    }
}
