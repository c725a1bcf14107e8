package io.dmstestkit.dsl.internal.run;

import io.dmstestkit.dsl.RunState;
import io.dmstestkit.dsl.model.Resource;

/** A resource the run created: its scenario declaration and its ARN. */
public record Handle(Resource resource, String arn) {

    public boolean isReplication() {
        return resource instanceof Resource.Replication;
    }

    public boolean isTask() {
        return resource instanceof Resource.Task;
    }

    public boolean isInstance() {
        return resource instanceof Resource.Instance;
    }

    public boolean isMigrationProject() {
        return resource instanceof Resource.MigrationProject;
    }

    /** "Replication 'orders'", "Replication task 'orders'" …, for messages: the words RunState uses. */
    public String title() {
        String kind = isReplication()
                ? RunState.REPLICATION
                : isTask()
                        ? RunState.REPLICATION_TASK
                        : isInstance()
                                ? RunState.REPLICATION_INSTANCE
                                : isMigrationProject() ? "Migration project" : RunState.DATA_MIGRATION;
        return kind + " '" + resource.name() + "'";
    }
}
