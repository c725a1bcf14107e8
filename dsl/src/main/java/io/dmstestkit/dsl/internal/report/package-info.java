/**
 * Turns scenario results into sections of the run report (whose model and renderer live in the simulator
 * module, {@code io.dmstestkit.simulator.internal.report}, so every producer draws the same page).
 */
package io.dmstestkit.dsl.internal.report;
