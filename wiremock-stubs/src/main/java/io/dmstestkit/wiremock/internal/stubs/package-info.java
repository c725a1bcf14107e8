/**
 * Implementation of the static stub library: AWS responses (SDK model objects as wire JSON, through the
 * simulator's {@link io.dmstestkit.simulator.DmsWireJson}) and errors, and ordered answers through WireMock
 * scenarios.
 */
package io.dmstestkit.wiremock.internal.stubs;
