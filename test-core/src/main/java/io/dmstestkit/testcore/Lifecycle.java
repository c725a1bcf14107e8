package io.dmstestkit.testcore;

import org.apiguardian.api.API;

/**
 * How long a simulator lives, and so which tests see each other's resources.
 *
 * <pre>{@code
 * @DmsScenario(lifecycle = Lifecycle.PER_CLASS)    // one simulator for every test of the class
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public enum Lifecycle {
    /** A fresh simulator (and server) for each test. */
    PER_METHOD,
    /** One simulator and one session for all tests of the class; they share its resources. */
    PER_CLASS,
    /**
     * One simulator (and server) for the whole test run, shared by every test that asks for the same
     * backend settings; each annotated class (or method) still gets a session of its own, with its own
     * account, so classes running in parallel never see each other's resources.
     */
    SHARED
}
