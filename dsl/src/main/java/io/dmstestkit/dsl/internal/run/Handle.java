package io.dmstestkit.dsl.internal.run;

import io.dmstestkit.dsl.model.Resource;

/** A resource the run created: its scenario declaration and its ARN. */
public record Handle(Resource resource, String arn) {

    public boolean isReplication() {
        return resource instanceof Resource.Replication;
    }

    /** "Replication 'orders'" or "Data migration 'customers'", for messages. */
    public String title() {
        return (isReplication() ? "Replication '" : "Data migration '") + resource.name() + "'";
    }
}
