package io.dmstestkit.simulator.internal.state;

import java.time.Instant;
import software.amazon.awssdk.core.SdkPojo;

/**
 * A stored resource that is not an SDK shape itself, able to show itself as DMS describes it: how the
 * state dump shows connection tests and data migrations in their wire shapes.
 */
public interface Described {

    /** The member of the Describe answer that lists this kind of resource, e.g. {@code Connections}. */
    String describedIn();

    /** This resource as the Describe answer shows it at {@code now}. */
    SdkPojo describeAt(Instant now);
}
