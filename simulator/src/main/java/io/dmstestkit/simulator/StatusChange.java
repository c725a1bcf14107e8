package io.dmstestkit.simulator;

import java.time.Instant;
import org.apiguardian.api.API;

/** A status a replication or data migration entered, and when (virtual time): for histories in messages. */
@API(status = API.Status.EXPERIMENTAL)
public record StatusChange(String status, Instant at) {}
