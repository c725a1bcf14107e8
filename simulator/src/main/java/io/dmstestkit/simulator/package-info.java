/**
 * The DMS simulator: an in-memory, thread-safe model of AWS Database Migration Service that answers the
 * real wire protocol (AWS JSON 1.1). Start with {@link io.dmstestkit.simulator.DmsSimulator}.
 */
package io.dmstestkit.simulator;
