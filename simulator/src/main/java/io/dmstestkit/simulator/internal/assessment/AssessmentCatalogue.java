package io.dmstestkit.simulator.internal.assessment;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The individual premigration assessments the simulator knows, by the API keys the DMS user guide documents
 * ("Individual assessments": the ones for all endpoint types and a few engine-specific ones), each with the
 * condition under which DMS applies it to a migration (relational source or target, CDC in the migration
 * type, a given engine). A small catalogue, not DMS's full list: enough for include/exclude rules and for
 * tests that make one assessment fail.
 */
public final class AssessmentCatalogue {

    /** Engines that are not relational: assessments that read tables and keys do not apply to them. */
    private static final Set<String> NON_RELATIONAL = Set.of(
            "s3",
            "dynamodb",
            "kinesis",
            "kafka",
            "opensearch",
            "elasticsearch",
            "mongodb",
            "docdb",
            "neptune",
            "redis",
            "timestream");

    /** A migration an assessment may apply to. */
    public record Migration(String sourceEngine, String targetEngine, String migrationType) {

        boolean relationalSource() {
            return !NON_RELATIONAL.contains(sourceEngine);
        }

        boolean relationalTarget() {
            return !NON_RELATIONAL.contains(targetEngine);
        }

        boolean withCdc() {
            return migrationType.contains("cdc");
        }

        boolean cdcOnly() {
            return migrationType.equals("cdc");
        }
    }

    private record Entry(String name, Predicate<Migration> appliesTo) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry("unsupported-data-types-in-source", m -> true),
            new Entry("full-lob-not-nullable-at-target", m -> m.relationalSource() && m.relationalTarget()),
            new Entry("table-with-lob-but-without-primary-key-or-unique-constraint", Migration::relationalSource),
            new Entry("table-with-no-primary-key-or-unique-constraint", m -> m.relationalSource() && m.withCdc()),
            new Entry("target-table-has-unique-key-or-primary-key-for-cdc", m -> m.relationalTarget() && m.cdcOnly()),
            new Entry(
                    "unsupported-source-pk-type-for-elasticsearch-target",
                    m -> m.relationalSource()
                            && Set.of("opensearch", "elasticsearch").contains(m.targetEngine())),
            new Entry("db2-check-archive-config-param", m -> m.sourceEngine().equals("db2") && m.withCdc()),
            new Entry("db2-check-full-load-privileges", m -> m.sourceEngine().equals("db2")));

    private AssessmentCatalogue() {}

    /** Every individual assessment name, in catalogue order. */
    public static List<String> all() {
        return ENTRIES.stream().map(Entry::name).toList();
    }

    /** The names that apply to {@code migration}, in catalogue order. */
    public static List<String> applicableTo(Migration migration) {
        return ENTRIES.stream()
                .filter(entry -> entry.appliesTo().test(migration))
                .map(Entry::name)
                .toList();
    }
}
