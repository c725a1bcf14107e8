/**
 * Implementation of transport faults: WireMock stubs with WireMock's faults and delays, above the
 * simulator's mapping, counted by WireMock scenarios and described in their metadata.
 */
package io.dmstestkit.wiremock.internal.transport;
