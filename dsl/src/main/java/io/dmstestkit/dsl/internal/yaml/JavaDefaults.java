package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.Dsl;
import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Step;
import java.time.Duration;

/**
 * The defaults of the Java DSL's specs (start type, engines, capacity, failure reason and message),
 * read from a scenario built in Java with nothing set. A YAML option left out then means exactly what
 * the Java method left uncalled means, and stays so when a default changes.
 */
final class JavaDefaults {

    static final Resource.Replication REPLICATION;
    static final Resource.DataMigration DATA_MIGRATION;
    static final Step.Start START;
    static final Step.Fail FAIL;

    static {
        Scenario defaults = Dsl.scenario("defaults")
                .replication("replication", r -> {})
                .dataMigration("dataMigration", d -> {})
                .start("replication")
                .fail("replication", f -> f.after(Duration.ZERO))
                .build();
        REPLICATION = (Resource.Replication) defaults.resources().get(0);
        DATA_MIGRATION = (Resource.DataMigration) defaults.resources().get(1);
        START = (Step.Start) defaults.steps().get(0);
        FAIL = (Step.Fail) defaults.steps().get(1);
    }

    private JavaDefaults() {}
}
