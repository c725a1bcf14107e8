package io.dmstestkit.simulator.internal.state;

/** A resource that refers to endpoints, so an endpoint in use cannot be deleted. */
public interface EndpointUser {
    boolean usesEndpoint(String endpointArn);

    /** How the user is named in messages, e.g. "replication config orders-cdc". */
    String describeForUser();
}
