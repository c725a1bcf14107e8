package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Source;
import org.apiguardian.api.API;

/**
 * Declares a classic replication instance that tasks run on ({@code task(...)}'s {@code instance}). The
 * runner creates it and waits, in virtual time, until it is {@code available}.
 *
 * <pre>{@code
 * .instance("shared", i -> i.instanceClass("dms.c5.large").allocatedStorage(100))
 * }</pre>
 * In Groovy: {@code instance('shared') { instanceClass 'dms.c5.large' }}
 */
@API(status = API.Status.EXPERIMENTAL)
public final class InstanceSpec {

    private String instanceClass = "dms.t3.medium";
    private int allocatedStorage = 50;

    InstanceSpec() {}

    /** The ReplicationInstanceClass (default {@code dms.t3.medium}). */
    public InstanceSpec instanceClass(String instanceClass) {
        this.instanceClass = instanceClass;
        return this;
    }

    /** GiB of storage (default 50, as DMS). */
    public InstanceSpec allocatedStorage(int gigabytes) {
        this.allocatedStorage = gigabytes;
        return this;
    }

    Resource.Instance build(String name, Source source) {
        return new Resource.Instance(name, instanceClass, allocatedStorage, source);
    }
}
