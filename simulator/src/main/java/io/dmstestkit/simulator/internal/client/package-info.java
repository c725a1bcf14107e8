/** SDK client configuration that moves the simulator's virtual clock instead of sleeping. Not API. */
package io.dmstestkit.simulator.internal.client;
