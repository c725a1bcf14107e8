package io.dmstestkit.testcore;

import org.apiguardian.api.API;

/**
 * How the simulator's virtual clock moves during a test.
 *
 * <pre>{@code
 * DmsTestSettings.builder().clock(ClockMode.ACCELERATED).clockFactor(600).build();   // 1 s wall = 10 min virtual
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public enum ClockMode {
    /** Time moves only when advanced (by the test, a scenario's await, or advance-on-poll): deterministic. */
    MANUAL,
    /** Wall time multiplied by the clock factor: for code under test that sleeps between polls. */
    ACCELERATED
}
