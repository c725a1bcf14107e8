package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.Dsl;
import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Scenario;

/**
 * The defaults of the Java DSL's specs (types, engines, capacity),
 * read from a scenario built in Java with nothing set. A YAML option left out then means exactly what
 * the Java method left uncalled means, and stays so when a default changes.
 */
final class JavaDefaults {

    static final Resource.Replication REPLICATION;
    static final Resource.DataMigration DATA_MIGRATION;

    static {
        Scenario defaults = Dsl.scenario("defaults")
                .replication("replication", r -> {})
                .dataMigration("dataMigration", d -> {})
                .build();
        REPLICATION = (Resource.Replication) defaults.resources().get(0);
        DATA_MIGRATION = (Resource.DataMigration) defaults.resources().get(1);
    }

    private JavaDefaults() {}
}
