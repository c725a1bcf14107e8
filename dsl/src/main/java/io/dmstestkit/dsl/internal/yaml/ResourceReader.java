package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.internal.yaml.Node.Entry;
import io.dmstestkit.dsl.model.ReplicationType;
import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Table;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@code replications:} and {@code dataMigrations:}: names mapped to the options of
 * {@code ReplicationSpec} and {@code DataMigrationSpec}, with the same defaults.
 *
 * <pre>
 * replications:
 *   orders: { type: full-load-and-cdc, tables: { public.orders: 2000000 }, maxCapacityUnits: 16 }
 * </pre>
 */
final class ResourceReader {

    static final List<String> REPLICATION_OPTIONS =
            List.of("type", "tables", "sourceEngine", "targetEngine", "maxCapacityUnits");
    static final List<String> DATA_MIGRATION_OPTIONS = List.of("type", "tables", "engine");

    private final Values values;

    ResourceReader(Values values) {
        this.values = values;
    }

    List<Resource> replications(Node node) {
        return named(node, "replications").stream().map(this::replication).toList();
    }

    List<Resource> dataMigrations(Node node) {
        return named(node, "dataMigrations").stream().map(this::dataMigration).toList();
    }

    private List<Entry> named(Node node, String key) {
        return values.mapping(node, "'" + key + "'", key + ": { orders: { type: full-load } }")
                .entries();
    }

    private Resource replication(Entry entry) {
        String name = name(entry);
        Options options = Options.of(entry.value(), "replication '" + name + "'", REPLICATION_OPTIONS, values);
        Resource.Replication defaults = JavaDefaults.REPLICATION;
        Integer units = options.wholeInt("maxCapacityUnits");
        return new Resource.Replication(
                name,
                type(options, defaults.type()),
                tables(options),
                Objects.requireNonNullElse(options.text("sourceEngine"), defaults.sourceEngine()),
                Objects.requireNonNullElse(options.text("targetEngine"), defaults.targetEngine()),
                units != null ? units : defaults.maxCapacityUnits(),
                entry.key().source());
    }

    private Resource dataMigration(Entry entry) {
        String name = name(entry);
        Options options = Options.of(entry.value(), "data migration '" + name + "'", DATA_MIGRATION_OPTIONS, values);
        Resource.DataMigration defaults = JavaDefaults.DATA_MIGRATION;
        return new Resource.DataMigration(
                name,
                type(options, defaults.type()),
                tables(options),
                Objects.requireNonNullElse(options.text("engine"), defaults.engine()),
                entry.key().source());
    }

    private String name(Entry entry) {
        return values.text(entry.key(), "a name");
    }

    private static ReplicationType type(Options options, ReplicationType defaultType) {
        return Objects.requireNonNullElse(options.word("type", ReplicationType::parse), defaultType);
    }

    /** {@code tables: { public.orders: 2000000 }}: table names mapped to row counts, in order. */
    private List<Table> tables(Options options) {
        return options.node("tables")
                .map(node -> values.mapping(node, options.label("tables"), "tables: { public.orders: 2000000 }"))
                .map(mapping -> mapping.entries().stream().map(this::table).toList())
                .orElse(List.of());
    }

    private Table table(Entry entry) {
        String name = values.text(entry.key(), "a table name");
        long rows = values.wholeNumber(entry.value(), "the rows of table '" + name + "'");
        Source at = entry.key().source();
        return Problems.checked(at, "table '" + name + "'", () -> new Table(name, rows));
    }
}
