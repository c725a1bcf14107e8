/**
 * The failure messages the simulator's verifications share with the modules built on it, one class per
 * message in the manner of AssertJ's {@code ShouldXxx} error messages, each pinned by a golden test.
 */
package io.dmstestkit.simulator.message;
